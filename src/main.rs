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
