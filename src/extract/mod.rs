//! Text to items and attributed statements: pure functions, no I/O, no GUI.
//!
//! The pipeline for one document:
//! 1. [`items`] splits the text into paragraphs (non-blank lines) and news items at headlines;
//! 2. [`quotes`] finds the quotations of each paragraph, [`tokens`] splits it into words,
//!    punctuation and whole quotations, and into sentences;
//! 3. [`engine`] finds cues, resolves speakers through [`names`] and emits quotes and reported
//!    positions with byte offsets;
//! 4. [`extract_document`] converts those to the model's character offsets.
//!
//! Every step is linear in the text length: rules look at bounded windows (sentences are cut
//! into windows of at most 300 tokens). Property tests feed arbitrary strings without a panic.

pub mod date;
pub mod engine;
pub mod items;
pub mod lexicon;
pub mod names;
pub mod parts;
pub mod quotes;
pub mod tokens;

use crate::model::{CharRange, DocumentId, Item, Statement, StatementId};

/// Items and statements of one text, with character offsets.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    /// The news items, in order.
    pub items: Vec<Item>,
    /// The statements, in document order; their ids are `first_id`, `first_id + 1`, ….
    pub statements: Vec<Statement>,
}

/// Converts byte offsets of a text to Unicode character offsets in one walk over the text.
fn char_offsets(text: &str, bytes: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..bytes.len()).collect();
    order.sort_by_key(|&i| bytes[i]);
    let mut out = vec![0usize; bytes.len()];
    let (mut byte, mut chars) = (0usize, 0usize);
    for i in order {
        let target = bytes[i].min(text.len());
        if target > byte {
            chars += text[byte..target].chars().count();
            byte = target;
        }
        out[i] = chars;
    }
    out
}

/// Extracts the items and statements of `text`, which belongs to document `doc`.
///
/// Statement ids start at `first_id`. Each statement's text is exactly the document text between
/// its character offsets.
pub fn extract_document(text: &str, doc: DocumentId, first_id: u64) -> Extraction {
    let lang = lexicon::detect_lang(text);
    let mut paras = items::paragraphs(text);
    let raw_items = items::split_items(text, &mut paras);
    // a huge text in parts, so that the engine's tokens stay bounded (one part for a briefing)
    let mut raw = Vec::new();
    for part in parts::parts(text, paras, &raw_items) {
        let arena = tokens::TokenArena::new();
        raw.extend(engine::Engine::new(text, lang, &arena).run(&part.paras, &part.items));
    }
    let mut offsets: Vec<usize> = Vec::with_capacity(2 * (raw_items.len() + raw.len()));
    for it in &raw_items {
        offsets.extend([it.start, it.end]);
    }
    for r in &raw {
        offsets.extend([r.start, r.end]);
    }
    let chars = char_offsets(text, &offsets);
    let items = raw_items
        .iter()
        .enumerate()
        .map(|(k, it)| Item {
            headline: it.headline.clone(),
            range: CharRange { start: chars[2 * k], end: chars[2 * k + 1] },
        })
        .collect();
    let base = 2 * raw_items.len();
    let mut statements = Vec::with_capacity(raw.len());
    let mut item = 0usize;
    for (n, r) in raw.into_iter().enumerate() {
        // statements come sorted by start: the item index only moves forward
        while item + 1 < raw_items.len() && raw_items[item + 1].start <= r.start {
            item += 1;
        }
        statements.push(Statement {
            id: StatementId(first_id + n as u64),
            document: doc,
            item: item as u32,
            kind: r.kind,
            speaker: r.speaker,
            role: r.role,
            cue: r.cue,
            text: text[r.start..r.end].to_owned(),
            range: CharRange { start: chars[base + 2 * n], end: chars[base + 2 * n + 1] },
            confidence: r.confidence,
            ..Statement::default()
        });
    }
    Extraction { items, statements }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StatementKind;

    fn run(t: &str) -> Vec<(StatementKind, String, String)> {
        extract_document(t, DocumentId(0), 0).statements.into_iter().map(|s| (s.kind, s.speaker, s.text)).collect()
    }

    fn has(v: &[(StatementKind, String, String)], kind: StatementKind, speaker: &str, text: &str) -> bool {
        v.iter().any(|(k, s, t)| {
            *k == kind && s == speaker && t.trim_end_matches(['.', ',']) == text.trim_end_matches(['.', ','])
        })
    }

    #[test]
    fn offsets_are_characters() {
        let t = "Überschrift mit Umlaut\n„Wir sind bereit“, sagte die Ministerin Anna Beispiel.\n";
        let ex = extract_document(t, DocumentId(1), 10);
        let s = &ex.statements[0];
        let chars: Vec<char> = t.chars().collect();
        let slice: String = chars[s.range.start..s.range.end].iter().collect();
        assert_eq!(slice, s.text);
        assert_eq!(s.id, StatementId(10));
    }

    #[test]
    fn split_quote_same_speaker() {
        let v = run("Defense Minister Anna Berg spoke on Friday.\n“Firstly, of course,” said Berg, “we keep going.”\n");
        assert!(has(&v, StatementKind::Quote, "Anna Berg", "Firstly, of course"));
        assert!(has(&v, StatementKind::Quote, "Anna Berg", "we keep going"));
    }

    #[test]
    fn pronoun_after_quote() {
        let v = run(
            "Foreign Minister Lena Holm met her peers.\n“We are united,” Holm said.\n“It will not change,” she added.\n",
        );
        assert!(has(&v, StatementKind::Quote, "Lena Holm", "It will not change"));
    }

    #[test]
    fn reported_position_with_that() {
        let v = run(
            "The talks went on all night.\nPrime Minister Jan Olsen said that the deal was close to being signed.\n",
        );
        assert!(has(&v, StatementKind::Position, "Jan Olsen", "the deal was close to being signed"));
    }

    #[test]
    fn reported_position_without_that_and_short_name() {
        let v = run("President Maria Lopez arrived late.\nLopez said the army would stay in the north for now.\n");
        assert!(has(&v, StatementKind::Position, "Maria Lopez", "the army would stay in the north for now"));
    }

    #[test]
    fn according_to_prefix_and_suffix() {
        let v = run(
            "Nothing was announced.\nAccording to the Interior Ministry, three people were arrested overnight.\nThe border stays closed until Monday, according to Reuters.\n",
        );
        assert!(has(&v, StatementKind::Position, "Interior Ministry", "three people were arrested overnight"));
        assert!(has(&v, StatementKind::Position, "Reuters", "The border stays closed until Monday"));
    }

    #[test]
    fn colon_introduced_quote() {
        let v = run("Editor Tom Reed spoke.\nReed said: “Let us focus on the facts now.”\n");
        assert!(has(&v, StatementKind::Quote, "Tom Reed", "Let us focus on the facts now"));
    }

    #[test]
    fn scare_quotes_are_not_statements() {
        let v = run("Leaders of the so-called “coalition of the brave” met in Rome on a sunny day.\n");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn negated_cue_gives_nothing() {
        let v = run("Mayor Ann Lee did not say when the bridge would reopen to traffic.\n");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn german_dass_and_laut() {
        let v = run(
            "Die Lage ist ernst.\nMinisterin Petra Klein sagte, dass die Gespräche weitergehen würden.\nLaut Polizei wurden drei Menschen verletzt.\n",
        );
        assert!(has(&v, StatementKind::Position, "Petra Klein", "die Gespräche weitergehen würden"));
        assert!(v.iter().any(|(k, s, _)| *k == StatementKind::Position && s == "Polizei"));
    }

    #[test]
    fn french_inversion() {
        let v = run("La ministre Claire Dubois était à Paris.\n« Nous ne céderons pas », a-t-elle déclaré.\n");
        assert!(has(&v, StatementKind::Quote, "Claire Dubois", "Nous ne céderons pas"));
    }

    #[test]
    fn empty_and_odd_inputs() {
        assert!(run("").is_empty());
        assert!(run("\n\n\n").is_empty());
        let _ = run("“");
        let _ = run("said said said: “");
        let _ = run("„«»‘’‚\"'");
    }
}
