//! Writes two coders' projects of N statements each (made from the briefings of a folder, or the
//! bundled sample, repeated), for timing `stancedesk project merge`:
//! `cargo run --example merge_pair -- DIR [N] [BRIEFINGS_FOLDER]` writes `DIR/ann.stance.json`
//! and `DIR/bo.stance.json`.

use std::path::PathBuf;

use stancedesk::io::merge::synthetic_pair;
use stancedesk::io::{add_briefings, folders, project};
use stancedesk::model::Project;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| ".".to_owned()));
    let n: usize = args.next().map_or(Ok(100_000), |a| a.parse())?;
    let base = match args.next() {
        Some(folder) => {
            let mut p = Project::default();
            let _ = add_briefings(&mut p, &folders::expand(&[PathBuf::from(folder)]).files, |_, _, _| {});
            p
        }
        None => stancedesk::app::sample_project(),
    };
    let (ann, bo) = synthetic_pair(&base, n);
    std::fs::create_dir_all(&dir)?;
    for (name, p) in [("ann", &ann), ("bo", &bo)] {
        let path = dir.join(format!("{name}.stance.json"));
        project::save_project(&path, p)?;
        println!("{}: {} documents, {} statements", path.display(), p.documents.len(), p.statements.len());
    }
    Ok(())
}
