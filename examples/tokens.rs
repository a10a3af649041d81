//! Prints the sentences and tokens the extractor sees in a text file, one sentence a line, with
//! quotations shown as `Q<n>[…]`: `cargo run --example tokens -- FILE`.

use stancedesk::extract::{lexicon, quotes, tokens};

fn main() -> std::io::Result<()> {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: tokens FILE");
        std::process::exit(2);
    };
    let t = std::fs::read_to_string(path)?;
    let lang = lexicon::detect_lang(&t);
    println!("language: {lang:?}");
    for line in t.lines() {
        let q = quotes::find_quotes(line);
        let arena = tokens::TokenArena::new();
        let toks = tokens::tokenize(line, &q, lang, &arena);
        for (a, b) in tokens::sentences(line, &toks, &q) {
            let v: Vec<String> = toks[a..b]
                .iter()
                .map(|t| match t.quote() {
                    Some(i) => format!("Q{i}[{}]", &line[q[i].start..q[i].end]),
                    None => line[t.start..t.end].to_string(),
                })
                .collect();
            println!("  {}", v.join(" | "));
        }
    }
    Ok(())
}
