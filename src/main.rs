//! `stancedesk`: parses the command line, then runs a headless command or opens the desk.

use clap::Parser;
use stancedesk::cli::{Cli, error_text, run};

fn main() {
    let cli = Cli::parse();
    let code = match cli.command {
        Some(cmd) => match run(cmd) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("error: {}", error_text(&e));
                2
            }
        },
        None if missing(&cli.files).is_some() => {
            eprintln!("error: {}", missing(&cli.files).unwrap_or_default());
            2
        }
        None => match stancedesk::app::run(cli.files) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("error: {}", error_text(&e));
                1
            }
        },
    };
    std::process::exit(code);
}

/// What is wrong with the files given to the desk: a word that is neither a command nor a file
/// ("stancedesk exprt a.txt"), or a path that does not exist. `None` when all exist.
fn missing(files: &[std::path::PathBuf]) -> Option<String> {
    let gone = files.iter().find(|f| !f.exists())?;
    let text = gone.to_string_lossy();
    let word = !text.contains(['/', '\\', '.']);
    Some(if word && gone == &files[0] {
        format!("no such command or file: {text}; see --help")
    } else {
        format!("no such file: {}", gone.display())
    })
}
