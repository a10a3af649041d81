//! Speakers given by layout: a line that only names a speaker ("NAME, ROLE", "NAME (PARTY)",
//! an organisation's name) above a paragraph that opens with a quotation.

use super::parsed::Parsed;
use super::{Engine, Speaker};
use crate::extract::lexicon::flag;
use crate::extract::tokens::TokKind;

/// Longest speaker header line, in tokens.
const MAX_HEADER_TOKENS: usize = 40;

impl<'a> Engine<'a> {
    /// Rule "speaker header line": `head` is a line of capitalised words (a name or an
    /// organisation, optionally followed by ", role" or "(party)"), without a cue or closing
    /// punctuation, and `next` opens with a quotation: the header names the quotation's speaker.
    pub(super) fn speaker_header(&mut self, head: &Parsed<'a>, next: &Parsed<'a>) -> Option<Speaker> {
        let first = next.toks.first()?;
        if first.quote().is_none() || head.toks.is_empty() || head.toks.len() > MAX_HEADER_TOKENS {
            return None;
        }
        if head.s.trim_end().ends_with(['.', '!', '?', ':', ';']) && !head.s.trim_end().ends_with("U.S.") {
            return None;
        }
        if head.toks.iter().any(|t| t.quote().is_some() || t.cue.is_some()) {
            return None;
        }
        // the name part: up to the first comma or parenthesis
        let b = head.toks.iter().position(|t| t.is_punct(',') || t.is_punct('(')).unwrap_or(head.toks.len());
        let name_part = &head.toks[..b];
        let proper = name_part.iter().all(|t| match t.kind {
            TokKind::Word => t.cap || t.has(flag::FUNC) || t.lower.chars().all(|c| !c.is_alphabetic()),
            _ => t.is_punct('&') || t.is_punct('.') || t.is_punct('-') || t.is_punct('’') || t.is_punct('\''),
        });
        if b == 0 || !proper || !name_part.first().is_some_and(|t| t.is_word() && t.cap) {
            return None;
        }
        let mut sp = self.resolve(head, 0, b, false)?;
        if sp.name.is_empty() {
            return None;
        }
        // an organisation's name of several words is the whole name part
        if sp.role.is_empty() && !self.names.is_multiword(&sp.name) {
            let whole = head.s[head.toks[0].start..head.toks[b - 1].end].trim();
            if whole.len() > sp.name.len() && whole.split_whitespace().count() > 1 {
                sp.name = whole.into();
            }
        }
        Some(sp)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::model::StatementKind::Quote;

    #[test]
    fn a_header_line_names_the_speaker_of_the_quote_below() {
        let v = run(
            "Harbour plan wins praise\nThe council approved the harbour plan on Tuesday.\nCoastal Shipping Guild\n“The new harbour will bring work to the whole coast for a decade.”\nSenator Mara Jensen (D-OR), Chair of the Ports Committee\n“This is a plan that I have wanted to see for many years now.”\n",
        );
        assert!(
            v.iter().any(|(k, s, t)| *k == Quote && s == "Coastal Shipping Guild" && t.starts_with("The new harbour")),
            "{v:?}"
        );
        assert!(
            v.iter().any(|(k, s, t)| *k == Quote && s == "Mara Jensen" && t.starts_with("This is a plan")),
            "{v:?}"
        );
    }

    #[test]
    fn a_quote_with_its_own_cue_keeps_its_speaker() {
        let v = run(
            "Harbour plan wins praise\nThe council approved the plan.\nCoastal Shipping Guild\n“The harbour will bring work to the coast,” said Ola Berg, who chairs the guild.\n",
        );
        assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Ola Berg"), "{v:?}");
    }
}
