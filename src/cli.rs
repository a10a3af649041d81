//! The headless commands:
//! - `stancedesk extract FILE... [-o OUT] [--format csv|json]`
//! - `stancedesk project new OUT.stance.json FILE...`
//! - `stancedesk project upgrade PROJECT.stance.json`
//! - `stancedesk project merge OUT.stance.json A.stance.json B.stance.json...`
//! - `stancedesk export PROJECT -o OUT.csv [--preset excel|data]` (or `-o OUT.xlsx`: a workbook)
//! - `stancedesk network PROJECT --type T --normalize N -o OUT.graphml|.gexf|.csv`
//! - `stancedesk tags import PROJECT TAGS.csv [--coder NAME]`
//! - `stancedesk agreement PROJECT... [--json]`

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use crate::analysis::agreement::{Agreement, Figures, PairAgreement, agreement_of};
use crate::analysis::graph_io::{GraphFormat, write_network};
use crate::analysis::network::{NetworkKind, Normalization, network};
use crate::analysis::{Scope, Tally, parse_date};
use crate::io::atomic::write_atomic;
use crate::io::export::Preset;
use crate::io::files::{check_output, escape_controls, shown};
use crate::io::lock::ProjectLock;
use crate::io::{Briefing, export, project, read_each};
use crate::model::{Document, DocumentId, Project, Statement};

/// Stance Desk: who said what, in what role, and where each actor stands.
#[derive(Debug, Parser)]
#[command(name = "stancedesk", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// What to do; without a command the desk opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Briefings and/or a project file (`.stance.json`) to open in the desk; without any, the
    /// desk opens on the bundled sample briefing.
    pub files: Vec<PathBuf>,
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
    /// Reads a PDF from standard input and writes its text to standard output (the desk and
    /// `extract` run this in a child process, so that a damaged PDF cannot crash them).
    #[command(hide = true)]
    PdfText,
    /// Create and manage project files (`.stance.json`).
    #[command(subcommand)]
    Project(ProjectCommand),
    /// Write the tagged CSV of a project (one row per statement, in document order), or an Excel
    /// workbook when the output ends in `.xlsx` (sheets Statements, Actors x targets, Codebook).
    Export {
        /// The project file (`.stance.json`).
        project: PathBuf,
        /// The CSV or `.xlsx` file to write (replaced atomically).
        #[arg(short, long)]
        output: PathBuf,
        /// `excel`: UTF-8 with BOM, formula-like cells defused with a leading apostrophe;
        /// `data`: plain UTF-8, values exact (pandas, R).
        #[arg(long, value_enum, default_value_t = PresetArg::Excel)]
        preset: PresetArg,
        /// Write the actors instead: one row per actor with its kind, aliases, statements,
        /// tagged statements and attributes.
        #[arg(long)]
        actors: bool,
        /// Write the long form of the coders' tags instead: one row per statement and coder tag,
        /// with that coder's stance, target, note and name (for reliability work in R or Python).
        #[arg(long, conflicts_with = "actors")]
        coders: bool,
    },
    /// Write a stance network (after Discourse Network Analyzer) of the tagged statements that
    /// have a speaker and a target; the format follows the extension: `.graphml`, `.gexf`
    /// (GEXF 1.3) or `.csv` (adjacency matrix).
    Network(NetworkArgs),
    /// Tags from spreadsheets.
    #[command(subcommand)]
    Tags(TagsCommand),
    /// Agreement between coders: Krippendorff's alpha (nominal), Fleiss' kappa, and Cohen's kappa,
    /// percent agreement and a confusion matrix for each pair of coders; per label and per
    /// document. Give several coders' projects of the same briefings (statements matched by
    /// document content and offsets), or one project with several coders' tags.
    Agreement {
        /// The project files (`.stance.json`); a tag without coder is the coder named by its
        /// project's file name.
        #[arg(required = true)]
        projects: Vec<PathBuf>,
        /// Print one JSON object instead of the tables: the units, the coders, the overall figures
        /// and one entry per pair of coders (null where a figure is undefined).
        #[arg(long)]
        json: bool,
    },
}

/// `stancedesk network …`.
#[derive(Debug, clap::Args)]
pub struct NetworkArgs {
    /// The project file (`.stance.json`).
    pub project: PathBuf,
    /// Which network.
    #[arg(long = "type", value_enum, default_value_t = NetworkType::Congruence)]
    pub kind: NetworkType,
    /// Normalisation of the one-mode networks.
    #[arg(long, value_enum, default_value_t = NormalizeArg::None)]
    pub normalize: NormalizeArg,
    /// The file to write: `.graphml`, `.gexf` or `.csv`.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Only statements of this document (file name; repeatable).
    #[arg(long)]
    pub document: Vec<String>,
    /// Only documents dated on or after this day (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Only documents dated on or before this day (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    /// Only statements on this target (repeatable).
    #[arg(long)]
    pub target: Vec<String>,
    /// GEXF version of a `.gexf` file: 1.3, or 1.2 (1.2draft) for older readers.
    #[arg(long, default_value = "1.3", value_parser = ["1.3", "1.2"])]
    pub gexf_version: String,
}

/// `stancedesk tags …`.
#[derive(Debug, Subcommand)]
pub enum TagsCommand {
    /// Apply the stance, target and note of a tagged CSV (the export's columns; a row is matched
    /// by document + start + end, else by `statement_id`). All or nothing: an unknown label, a row
    /// that matches no statement or a malformed file leaves the project untouched.
    Import {
        /// The project file (`.stance.json`).
        project: PathBuf,
        /// The CSV with the tags.
        tags: PathBuf,
        /// The coder written on every tag (default: the row's coder, else the user name).
        #[arg(long)]
        coder: Option<String>,
    },
}

/// Network types on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NetworkType {
    /// Two-mode, actor-target: weight = statements.
    Affiliation,
    /// Actors agreeing on the same targets.
    Congruence,
    /// Actors disagreeing on the same targets.
    Conflict,
    /// Congruence - conflict.
    Subtract,
}

impl From<NetworkType> for NetworkKind {
    fn from(t: NetworkType) -> Self {
        match t {
            NetworkType::Affiliation => Self::Affiliation,
            NetworkType::Congruence => Self::Congruence,
            NetworkType::Conflict => Self::Conflict,
            NetworkType::Subtract => Self::Subtract,
        }
    }
}

/// Normalisations on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NormalizeArg {
    /// Raw sums.
    None,
    /// Divided by the mean number of statements on the scale of the two actors.
    Average,
    /// Divided by m10 + m01 + m11 over (target, label) cells.
    Jaccard,
}

impl From<NormalizeArg> for Normalization {
    fn from(n: NormalizeArg) -> Self {
        match n {
            NormalizeArg::None => Self::None,
            NormalizeArg::Average => Self::Average,
            NormalizeArg::Jaccard => Self::Jaccard,
        }
    }
}

/// `stancedesk project …`.
#[derive(Debug, Subcommand)]
pub enum ProjectCommand {
    /// Create a project from briefing files: extract their statements and save it.
    New {
        /// The project file to create (`.stance.json`); an existing file is kept as `.bak`.
        output: PathBuf,
        /// Briefing files to read.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Rewrite a project in the current format (after a check of its content), keeping the
    /// previous file as `.bak`. Refused while a desk has the project open.
    Upgrade {
        /// The project file.
        project: PathBuf,
    },
    /// Merge several coders' projects of the same (or overlapping) briefings into one: documents
    /// matched by content, statements by document and offsets, every coder's tags kept;
    /// deletions, differing corrections and conflicting tags listed. The inputs are only read.
    Merge {
        /// The merged project to write (`.stance.json`; an existing file is kept as `.bak`).
        output: PathBuf,
        /// The projects to merge (at least two).
        #[arg(required = true, num_args = 2..)]
        projects: Vec<PathBuf>,
    },
}

/// CSV presets on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PresetArg {
    /// For spreadsheets (Excel, LibreOffice): BOM, formulas defused.
    Excel,
    /// For pandas and R: plain UTF-8, exact values.
    Data,
}

impl From<PresetArg> for Preset {
    fn from(p: PresetArg) -> Self {
        match p {
            PresetArg::Excel => Self::Excel,
            PresetArg::Data => Self::Data,
        }
    }
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
        Command::Extract { files, output, format } => extract(&briefings_in(&files), output.as_ref(), format),
        Command::Project(ProjectCommand::New { output, files }) => project_new(&output, &briefings_in(&files)),
        Command::Project(ProjectCommand::Upgrade { project }) => project_upgrade(&project),
        Command::Project(ProjectCommand::Merge { output, projects }) => project_merge(&output, &projects),
        Command::Export { output, coders: true, .. } if is_xlsx(&output) => {
            anyhow::bail!("--coders writes CSV: give an output file ending in .csv")
        }
        Command::Export { project, output, .. } if is_xlsx(&output) => export_xlsx(&project, &output),
        Command::Export { project, output, preset, actors, coders } => {
            let table = if actors {
                Table::Actors
            } else if coders {
                Table::Coders
            } else {
                Table::Statements
            };
            export_project(&project, &output, preset.into(), table)
        }
        Command::Network(args) => write_network_file(&args),
        Command::Tags(TagsCommand::Import { project, tags, coder }) => import_tags(&project, &tags, coder.as_deref()),
        Command::Agreement { projects, json } => agreement(&projects, json),
        Command::PdfText => Ok(crate::io::pdf::pdf_text_child()),
    }
}

/// The briefing files of the paths given: folders expanded (recursively); the files under a
/// folder that are no briefing are named on standard error.
fn briefings_in(paths: &[PathBuf]) -> Vec<PathBuf> {
    let expanded = crate::io::folders::expand(paths);
    if !expanded.skipped.is_empty() {
        eprintln!("skipped {} file(s) that are no briefings:", expanded.skipped.len());
        for (path, why) in &expanded.skipped {
            eprintln!("  {}: {why}", shown(path));
        }
    }
    expanded.files
}

/// An error and its causes on one line for standard error: a cause already in the text is not
/// repeated (an OS error is printed once), control characters are escaped.
pub fn error_text(e: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in e.chain() {
        let s = cause.to_string();
        if text.contains(&s) {
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&s);
    }
    escape_controls(&text)
}

/// Refuses an output that is one of the inputs, a device, a folder or a link to one of those,
/// before anything is read or written.
fn refuse_bad_output(output: &Path, inputs: &[PathBuf]) -> Result<()> {
    let inputs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
    check_output(output, &inputs).with_context(|| format!("not writing {}", shown(output)))
}

/// The progress line on standard error when many files are given.
struct Progress {
    all: usize,
}

impl Progress {
    /// Shows that `done` files of all are done (every 25 files and at the end).
    fn show(&self, done: usize) {
        let all = self.all;
        if all >= PROGRESS_FROM && (done.is_multiple_of(25) || done == all) {
            let mut stderr = std::io::stderr();
            let _ = write!(stderr, "\rextracting: {done}/{all} files");
            if done == all {
                let _ = writeln!(stderr);
            }
        }
    }
}

/// Reports a briefing's warning or failure on standard error as it comes; gives the document
/// and statements of one that was read, and sets `failed` for one that was not.
fn reported(briefing: Briefing, failed: &mut bool) -> Option<(Document, Vec<Statement>)> {
    match briefing {
        Briefing::Read(doc, statements, warning) => {
            if let Some(w) = warning {
                eprintln!("warning: {}", escape_controls(&w));
            }
            Some((doc, statements))
        }
        Briefing::Failed(f) => {
            *failed = true;
            // the reason names the file
            eprintln!("error: {}", escape_controls(&f.reason));
            None
        }
    }
}

/// Reads briefings into a new project, reporting progress, warnings and failed files on
/// standard error; returns the project and whether any file failed.
fn read_briefings(files: &[PathBuf]) -> (Project, bool) {
    let mut project = Project::default();
    let mut failed = false;
    let progress = Progress { all: files.len() };
    let read = read_each(files, DocumentId(0), 0, |n, _, briefing| {
        if let Some((doc, statements)) = reported(briefing, &mut failed) {
            project.documents.push(doc);
            project.statements.extend(statements);
        }
        progress.show(n + 1);
        Ok::<(), std::convert::Infallible>(())
    });
    match read {
        Ok(()) => (project, failed),
        Err(never) => match never {},
    }
}

fn extract(files: &[PathBuf], output: Option<&PathBuf>, format: Format) -> Result<i32> {
    if let Some(out) = output {
        refuse_bad_output(out, files)?;
    }
    let mut failed = false;
    let mut write = |w: &mut dyn Write| -> Result<()> {
        match format {
            Format::Csv => {
                // one document at a time: memory stays that of the largest briefing
                let mut table = export::CsvTable::new(&mut *w, Preset::Data).context("writing CSV")?;
                let progress = Progress { all: files.len() };
                read_each(files, DocumentId(0), 0, |n, _, briefing| -> Result<()> {
                    if let Some((doc, statements)) = reported(briefing, &mut failed) {
                        table.write_document(&doc, &statements).context("writing CSV")?;
                    }
                    progress.show(n + 1);
                    Ok(())
                })?;
                table.finish().context("writing CSV")?;
            }
            Format::Json => {
                let (project, any_failed) = read_briefings(files);
                failed = any_failed;
                export::write_json(&mut *w, &project.documents, &project.statements).context("writing JSON")?;
            }
        }
        w.flush().context("flushing output")
    };
    match output {
        Some(path) => {
            write_atomic(path, false, |f| write(f)).with_context(|| format!("cannot write {}", shown(path)))?;
        }
        None => {
            let stdout = std::io::stdout();
            let mut w = BufWriter::new(stdout.lock());
            write(&mut w)?;
        }
    }
    Ok(i32::from(failed))
}

fn project_new(output: &Path, files: &[PathBuf]) -> Result<i32> {
    refuse_bad_output(output, files)?;
    // the lock first: a project open in a desk (or another command) is not overwritten
    let _lock = ProjectLock::acquire(output)?;
    let (project, failed) = read_briefings(files);
    if project.documents.is_empty() {
        anyhow::bail!("no briefing could be read; {} not written", shown(output));
    }
    let backup = project::save_project(output, &project)?;
    eprintln!(
        "saved {}: {} documents, {} statements{}",
        shown(output),
        project.documents.len(),
        project.statements.len(),
        backup.map(|b| format!(" (previous version kept as {})", shown(&b))).unwrap_or_default()
    );
    Ok(i32::from(failed))
}

fn project_upgrade(path: &Path) -> Result<i32> {
    let _lock = ProjectLock::acquire(path)?;
    let loaded = project::load_project(path)?;
    if let Some(why) = &loaded.read_only {
        anyhow::bail!("{why}");
    }
    for w in &loaded.warnings {
        eprintln!("warning: {}", escape_controls(w));
    }
    project::save_project(path, &loaded.project)?;
    eprintln!(
        "rewrote {} (format {} -> {}), previous version kept as .bak",
        shown(path),
        loaded.format_version,
        project::FORMAT_VERSION
    );
    Ok(0)
}

fn project_merge(output: &Path, paths: &[PathBuf]) -> Result<i32> {
    let done = crate::io::merge::merge_files(output, paths)?;
    for w in &done.warnings {
        eprintln!("warning: {}", escape_controls(w));
    }
    let stdout = std::io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    writeln!(w, "{}", escape_controls(&crate::io::merge::summary(&done.merged.project, paths.len())))?;
    for line in done.merged.report.lines() {
        writeln!(w, "{}", escape_controls(&line))?;
    }
    w.flush().context("writing to standard output")?;
    eprintln!(
        "saved {}{}",
        shown(output),
        done.backup.map(|b| format!(" (previous version kept as {})", shown(&b))).unwrap_or_default()
    );
    Ok(0)
}

/// Which table `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Table {
    /// The statements with their final tags.
    Statements,
    /// The actors.
    Actors,
    /// The coders' tags, one row each.
    Coders,
}

fn export_project(path: &Path, output: &Path, preset: Preset, table: Table) -> Result<i32> {
    refuse_bad_output(output, &[path.to_path_buf()])?;
    let loaded = project::load_project(path)?;
    for w in &loaded.warnings {
        eprintln!("warning: {}", escape_controls(w));
    }
    let p = &loaded.project;
    let mut n = 0;
    write_atomic(output, false, |f| {
        n = match table {
            Table::Actors => export::export_actors_csv(f, p, preset),
            Table::Coders => export::export_coders_csv(f, p, preset),
            Table::Statements => export::export_csv(f, p, |_| true, preset).map(|()| p.statements.len()),
        }
        .map_err(std::io::Error::from)?;
        Ok::<(), std::io::Error>(())
    })
    .with_context(|| format!("cannot write {}", shown(output)))?;
    let what = match table {
        Table::Actors => format!("{n} actors"),
        Table::Coders => format!("{n} coder tags of {} coders", p.coders.len()),
        Table::Statements => {
            let tagged = p.statements.iter().filter(|s| s.stance.is_some()).count();
            format!("{n} statements ({tagged} tagged)")
        }
    };
    eprintln!("wrote {}: {what}, preset {}", shown(output), preset.name());
    Ok(0)
}

fn is_xlsx(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
}

/// Loads a project, reporting its warnings.
fn load(path: &Path) -> Result<Project> {
    let loaded = project::load_project(path)?;
    for w in &loaded.warnings {
        eprintln!("warning: {w}");
    }
    Ok(loaded.project)
}

fn export_xlsx(path: &Path, output: &Path) -> Result<i32> {
    let p = load(path)?;
    let mut report = crate::io::xlsx::XlsxReport::default();
    write_atomic(output, false, |f| {
        report = crate::io::xlsx::write_workbook(f, &p).map_err(|e| std::io::Error::other(e.to_string()))?;
        Ok::<(), std::io::Error>(())
    })
    .with_context(|| format!("cannot write {}", output.display()))?;
    if report.truncated > 0 {
        eprintln!("warning: {} cells were cut at Excel's limit of 32,767 characters", report.truncated);
    }
    eprintln!("wrote {}: {} statements, sheets Statements, Actors x targets, Codebook", output.display(), report.rows);
    Ok(0)
}

/// A `--from`/`--to` day.
fn day(arg: &str, value: Option<&String>) -> Result<Option<chrono::NaiveDate>> {
    value
        .map(|v| parse_date(v).filter(|_| v.len() == 10).with_context(|| format!("{arg} {v}: not a date (YYYY-MM-DD)")))
        .transpose()
}

fn write_network_file(args: &NetworkArgs) -> Result<i32> {
    let Some(mut format) = GraphFormat::from_path(&args.output) else {
        anyhow::bail!("{}: the file name must end in .graphml, .gexf or .csv", args.output.display());
    };
    if let GraphFormat::Gexf { version_1_2 } = &mut format {
        *version_1_2 = args.gexf_version == "1.2";
    }
    let scope = Scope {
        documents: args.document.clone(),
        from: day("--from", args.from.as_ref())?,
        to: day("--to", args.to.as_ref())?,
        targets: args.target.clone(),
    };
    let p = load(&args.project)?;
    let tally = Tally::of(&p, &scope);
    let net = network(&tally, args.kind.into(), args.normalize.into())?;
    write_atomic(&args.output, false, |f| write_network(f, &net, format))
        .with_context(|| format!("cannot write {}", args.output.display()))?;
    eprintln!(
        "wrote {}: {} network, {} nodes, {} edges",
        args.output.display(),
        net.kind.name(),
        net.nodes.len(),
        net.edges.len()
    );
    Ok(0)
}

fn import_tags(path: &Path, tags: &Path, coder: Option<&str>) -> Result<i32> {
    use crate::io::tags;
    let _lock = crate::io::lock::ProjectLock::acquire(path)?;
    let loaded = project::load_project(path)?;
    if let Some(why) = &loaded.read_only {
        anyhow::bail!("{why}");
    }
    let mut p = loaded.project;
    let file = std::fs::File::open(tags).with_context(|| format!("cannot open {}", tags.display()))?;
    let rows = tags::read_tag_rows(std::io::BufReader::new(file))
        .with_context(|| format!("{}: nothing imported", tags.display()))?;
    let now = chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
    let updates = tags::match_rows(&p, &rows, coder, &crate::io::lock::user_name(), &now)
        .with_context(|| format!("{}: nothing imported", tags.display()))?;
    if updates.is_empty() {
        eprintln!("{}: {} rows, nothing to change; {} not written", tags.display(), rows.len(), path.display());
        return Ok(0);
    }
    tags::apply(&mut p, &updates);
    project::save_project(path, &p)?;
    eprintln!(
        "{}: {} rows, {} statements changed; saved {} (previous version kept as .bak)",
        tags.display(),
        rows.len(),
        updates.len(),
        path.display()
    );
    Ok(0)
}

/// The coder of a project's tags that name none: the file name without `.stance.json`.
fn coder_of_file(path: &Path) -> String {
    crate::io::merge::project_name(path)
}

fn agreement(paths: &[PathBuf], json: bool) -> Result<i32> {
    let mut projects = Vec::with_capacity(paths.len());
    for path in paths {
        projects.push((coder_of_file(path), load(path)?));
    }
    let named: Vec<(&str, &Project)> = projects.iter().map(|(n, p)| (n.as_str(), p)).collect();
    let a = agreement_of(&named);
    if a.repeated > 0 {
        eprintln!(
            "warning: {} tags of a coder on a statement that coder had already tagged; the first counts",
            a.repeated
        );
    }
    if a.all.units == 0 {
        eprintln!(
            "no statement is tagged by two coders ({} coder(s): {}); give each coder's project of the same briefings",
            a.coders.len(),
            escape_controls(&a.coders.join(", "))
        );
    }
    let stdout = std::io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    if json {
        serde_json::to_writer_pretty(&mut w, &agreement_json(&a)).context("writing JSON")?;
        writeln!(w).context("writing to standard output")?;
    } else {
        write_agreement(&mut w, &a).context("writing to standard output")?;
    }
    w.flush().context("writing to standard output")?;
    Ok(0)
}

/// The JSON object of `agreement --json`, keys in this order (percentages from 0 to 100).
#[derive(serde::Serialize)]
struct AgreementJson<'a> {
    units: usize,
    coders: &'a [String],
    krippendorff_alpha: Option<f64>,
    fleiss_kappa: Option<f64>,
    percent_agreement: Option<f64>,
    pairs: Vec<PairJson<'a>>,
}

/// A pair of coders in [`AgreementJson`].
#[derive(serde::Serialize)]
struct PairJson<'a> {
    coders: [&'a str; 2],
    units: usize,
    cohen_kappa: Option<f64>,
    percent_agreement: Option<f64>,
}

fn agreement_json(a: &Agreement) -> AgreementJson<'_> {
    AgreementJson {
        units: a.all.units,
        coders: &a.coders,
        krippendorff_alpha: a.all.krippendorff_alpha,
        fleiss_kappa: a.all.fleiss_kappa,
        percent_agreement: a.all.percent_agreement,
        pairs: a
            .all
            .pairs
            .iter()
            .map(|p| PairJson {
                coders: [&a.coders[p.coders[0]], &a.coders[p.coders[1]]],
                units: p.units,
                cohen_kappa: p.cohen_kappa,
                percent_agreement: p.percent_agreement,
            })
            .collect(),
    }
}

/// A coefficient with four decimals, `-` when undefined.
fn coef(x: Option<f64>) -> String {
    x.map_or_else(|| "-".to_owned(), |x| format!("{x:.4}"))
}

/// A percentage with one decimal, `-` when undefined.
fn percent(x: Option<f64>) -> String {
    x.map_or_else(|| "-".to_owned(), |x| format!("{x:.1} %"))
}

/// One row of figures: name, units, alpha, Fleiss' kappa, agreement.
fn figures_row(w: &mut dyn Write, name: &str, f: &Figures) -> std::io::Result<()> {
    let name = escape_controls(name);
    writeln!(
        w,
        "  {name:<28} {:>7} {:>8} {:>12} {:>10}",
        f.units,
        coef(f.krippendorff_alpha),
        coef(f.fleiss_kappa),
        percent(f.percent_agreement)
    )
}

/// The readable report of `agreement`.
fn write_agreement(w: &mut dyn Write, a: &Agreement) -> std::io::Result<()> {
    let coders = escape_controls(&a.coders.join(", "));
    writeln!(w, "{} coders: {coders}", a.coders.len())?;
    writeln!(
        w,
        "{} units (statements tagged by at least two coders), {} tagged by every coder",
        a.all.units, a.all.fleiss_units
    )?;
    writeln!(w)?;
    writeln!(w, "Krippendorff's alpha (nominal)  {}", coef(a.all.krippendorff_alpha))?;
    writeln!(w, "Fleiss' kappa                   {}", coef(a.all.fleiss_kappa))?;
    writeln!(w, "percent agreement               {}", percent(a.all.percent_agreement))?;
    if !a.all.pairs.is_empty() {
        writeln!(w)?;
        writeln!(w, "pairs of coders                  units  Cohen's kappa  agreement")?;
        for p in &a.all.pairs {
            let name = escape_controls(&format!("{} / {}", a.coders[p.coders[0]], a.coders[p.coders[1]]));
            writeln!(
                w,
                "  {name:<28} {:>7} {:>14} {:>10}",
                p.units,
                coef(p.cohen_kappa),
                percent(p.percent_agreement)
            )?;
        }
        for p in a.all.pairs.iter().filter(|p| p.units > 0) {
            write_confusion(w, a, p)?;
        }
    }
    let header = |w: &mut dyn Write, title: &str| {
        writeln!(w)?;
        writeln!(w, "{title:<30} {:>7} {:>8} {:>12} {:>10}", "units", "alpha", "Fleiss kappa", "agreement")
    };
    if !a.per_label.is_empty() {
        header(w, "per label (against the others)")?;
        for (l, f) in &a.per_label {
            figures_row(w, &a.labels[*l as usize], f)?;
        }
    }
    if a.per_document.iter().any(|f| f.units > 0) {
        header(w, "per document")?;
        for (d, f) in a.documents.iter().zip(&a.per_document).filter(|(_, f)| f.units > 0) {
            figures_row(w, d, f)?;
        }
    }
    Ok(())
}

/// A pair's confusion matrix over the labels either coder gave.
fn write_confusion(w: &mut dyn Write, a: &Agreement, p: &PairAgreement) -> std::io::Result<()> {
    let (first, second) = (escape_controls(&a.coders[p.coders[0]]), escape_controls(&a.coders[p.coders[1]]));
    let used: Vec<usize> = (0..a.labels.len())
        .filter(|&l| p.confusion[l].iter().any(|&c| c > 0) || p.confusion.iter().any(|r| r[l] > 0))
        .collect();
    let names: Vec<String> = used.iter().map(|&l| escape_controls(&a.labels[l])).collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0).max(5);
    writeln!(w)?;
    writeln!(w, "  {first} (rows) x {second} (columns), {} units:", p.units)?;
    write!(w, "    {:<width$}", "")?;
    for n in &names {
        write!(w, " {n:>width$}")?;
    }
    writeln!(w)?;
    for (&l, n) in used.iter().zip(&names) {
        write!(w, "    {n:<width$}")?;
        for &m in &used {
            write!(w, " {:>width$}", p.confusion[l][m])?;
        }
        writeln!(w)?;
    }
    Ok(())
}
