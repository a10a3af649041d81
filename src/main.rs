//! `stancedesk`: parses the command line and runs a headless command.

use clap::{CommandFactory, Parser};
use stancedesk::cli::{Cli, run};

fn main() {
    let cli = Cli::parse();
    let code = match cli.command {
        Some(cmd) => match run(cmd) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("error: {e:#}");
                2
            }
        },
        None => {
            let _ = Cli::command().print_help();
            2
        }
    };
    std::process::exit(code);
}
