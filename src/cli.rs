//! The headless commands: `stancedesk extract FILE... [-o OUT] [--format csv|json]`.

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use crate::io::{add_briefings, export};
use crate::model::Project;

/// Stance Desk: who said what, in what role, and where each actor stands.
#[derive(Debug, Parser)]
#[command(name = "stancedesk", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract the statements (quotes and reported positions) of briefing files.
    Extract {
        /// Briefing files to read.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Write to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
    },
}

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// RFC 4180 CSV with a header row.
    Csv,
    /// A JSON array of objects with the CSV columns.
    Json,
}

/// Files from which on a progress line is shown on standard error.
const PROGRESS_FROM: usize = 10;

/// Runs a command; returns the process exit code.
pub fn run(cmd: Command) -> Result<i32> {
    match cmd {
        Command::Extract { files, output, format } => extract(&files, output.as_ref(), format),
    }
}

fn extract(files: &[PathBuf], output: Option<&PathBuf>, format: Format) -> Result<i32> {
    let mut project = Project::default();
    let show = files.len() >= PROGRESS_FROM;
    let mut stderr = std::io::stderr();
    let (failed, warnings) = add_briefings(&mut project, files, |done, all, _| {
        if show && (done % 25 == 0 || done == all) {
            let _ = write!(stderr, "\rextracting: {done}/{all} files");
            if done == all {
                let _ = writeln!(stderr);
            }
        }
    });
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    for f in &failed {
        eprintln!("error: {}: {}", f.path.display(), f.reason);
    }
    let write = |w: &mut dyn Write| -> Result<()> {
        match format {
            Format::Csv => {
                export::write_csv(&mut *w, &project.documents, &project.statements).context("writing CSV")?;
            }
            Format::Json => {
                export::write_json(&mut *w, &project.documents, &project.statements).context("writing JSON")?;
            }
        }
        w.flush().context("flushing output")
    };
    match output {
        Some(path) => {
            let file = std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
            let mut w = BufWriter::new(file);
            write(&mut w).with_context(|| format!("writing {}", path.display()))?;
        }
        None => {
            let stdout = std::io::stdout();
            let mut w = BufWriter::new(stdout.lock());
            write(&mut w)?;
        }
    }
    Ok(i32::from(!failed.is_empty()))
}
