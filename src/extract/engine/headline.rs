//! Headlines: attributions in a headline, and headline quotes that the body repeats.

use super::parsed::Parsed;
use super::state::{CueSite, SentenceState};
use super::{Engine, RawStatement, Speaker};
use crate::extract::items::Para;
use crate::extract::lexicon::{CueKind, PronounKind};
use crate::model::StatementKind;

impl<'a> Engine<'a> {
    pub(super) fn headline(&mut self, p: &Parsed<'a>, item_first_out: usize) {
        // "White House: Trump still working on …": the organisation speaks in the item's body
        if let Some(colon) = p.toks.iter().position(|t| t.is_punct(':')) {
            if colon > 0 && colon + 2 < p.toks.len() {
                if let Some((a, b)) = self.np_before(p, 0, colon) {
                    if a == 0 {
                        let sp = self.split_span(p, a, b);
                        let name = self.names.full(&sp.name);
                        let speaks = !name.is_empty() && self.out[item_first_out..].iter().any(|st| st.speaker == name);
                        if speaks {
                            let role = self.out[item_first_out..]
                                .iter()
                                .find(|st| st.speaker == name)
                                .map(|st| st.role.clone())
                                .unwrap_or_default();
                            let kind = if sp.org { PronounKind::Org } else { PronounKind::Person };
                            let n = p.toks.len();
                            self.emit_clause(
                                p,
                                colon + 1,
                                n,
                                Speaker { name: name.into(), role: role.into(), kind },
                                ":",
                                0.6,
                            );
                            return;
                        }
                    }
                }
            }
        }
        let before = self.out.len();
        let saved = self.ante.clone();
        for &(s, e) in &p.sents {
            let mut st = SentenceState::default();
            for i in s..e {
                if let Some(c) = self.cue_at(p, i) {
                    if c.kind == CueKind::Verb {
                        let ct = p.word(i).to_owned();
                        self.verb_cue(p, CueSite { s, e, i, c, text: &ct }, &mut st);
                    }
                }
            }
        }
        if self.out.len() == before {
            self.ante.restore_speakers(saved);
        }
        // a headline's quoted words inside its reported clause are the speaker's words too
        let made: Vec<RawStatement> = self.out[before..].to_vec();
        for st in made.iter().filter(|st| st.kind == StatementKind::Position) {
            for (qi, q) in p.quotes.iter().enumerate() {
                let (a, b) = (p.base + q.start, p.base + q.end);
                if q.depth == 0 && st.start <= a && b <= st.end && p.quote_words(qi) >= 1 {
                    let sp = Speaker {
                        name: st.speaker.as_str().into(),
                        role: st.role.as_str().into(),
                        kind: PronounKind::Person,
                    };
                    self.emit(StatementKind::Quote, sp, &st.cue, a, b, 0.6);
                }
            }
        }
    }

    /// A quote in a headline that a body statement repeats takes that statement's speaker. Only the
    /// next statements are searched, so that the work stays linear in the text.
    pub(super) fn resolve_headline_quotes(&mut self, parsed: &[Parsed<'_>], paras: &[Para]) {
        const LOOK_AHEAD: usize = 200;
        const LOOK_AHEAD_BYTES: usize = 5_000;
        self.out.sort_by_key(|s| (s.start, s.end));
        let mut found_quotes = Vec::new();
        for (pi, para) in paras.iter().enumerate() {
            if !para.headline {
                continue;
            }
            let p = &parsed[pi];
            for (qi, q) in p.quotes.iter().enumerate() {
                let (a, b) = (p.base + q.start, p.base + q.end);
                if q.depth != 0 || p.quote_words(qi) < 3 {
                    continue;
                }
                let first_after = self.out.partition_point(|s| s.start < a);
                let covered =
                    self.out[first_after.saturating_sub(8)..].iter().take(16).any(|s| s.start <= a && b <= s.end);
                if covered {
                    continue;
                }
                let needle = self.text[a..b].to_lowercase();
                let found = self.out[first_after..]
                    .iter()
                    .take(LOOK_AHEAD)
                    .take_while(|s| s.start < b + LOOK_AHEAD_BYTES)
                    .find(|s| {
                        s.kind == StatementKind::Quote
                            && s.start != a
                            && !s.speaker.is_empty()
                            && self.text[s.start..s.end].to_lowercase().contains(&needle)
                    });
                if let Some(src) = found {
                    let sp = Speaker {
                        name: src.speaker.as_str().into(),
                        role: src.role.as_str().into(),
                        kind: PronounKind::Person,
                    };
                    found_quotes.push((sp, a, b));
                }
            }
        }
        for (sp, a, b) in found_quotes {
            self.emit(StatementKind::Quote, sp, "", a, b, 0.5);
        }
    }
}
