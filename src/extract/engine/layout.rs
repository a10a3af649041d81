//! Speakers given by layout: a line that only names a speaker ("NAME, ROLE", "NAME (PARTY)",
//! an organisation's name) above a paragraph that opens with a quotation.

use super::parsed::Parsed;
use super::{Engine, Speaker, Via, clean_role};
use crate::extract::lexicon::{PronounKind, flag, flags_of};
use crate::extract::names::split_phrase;
use crate::extract::tokens::TokKind;
use crate::model::StatementKind;

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
        self.named_line(head, 0, false)
    }

    /// Rule "a quotation signed on the line below": a paragraph that is one quotation alone,
    /// and below it a line that names a person (“– Jana Roe, chair of the port board”, „Jana
    /// Roe, Hafenchefin“): that person spoke it (a pull quote, a quote of the day).
    pub(super) fn signature_below(&mut self, quote: &Parsed<'a>, sig: &Parsed<'a>) -> Option<Speaker> {
        let alone = quote.toks.first().is_some_and(|t| t.quote().is_some())
            && super::parsed::rest_is_punct(quote, 1, quote.toks.len());
        if !alone || sig.toks.len() > MAX_HEADER_TOKENS {
            return None;
        }
        let dash = sig.toks.first().is_some_and(|t| t.is_punct('–') || t.is_punct('—') || t.is_punct('-'));
        // (without a dash, a person's name: a first name the lexicon knows, or a role after it —
        // tested before the line is read as a name, which notes what it names)
        let first_name = sig.toks.first().is_some_and(|t| crate::extract::lexicon::first_name_gender(t.lower) != 0);
        let role = sig.toks.iter().any(|t| t.is_punct(','));
        if !(dash || first_name || role) {
            return None;
        }
        // (a signature with a dash may end in a full stop, as fact-checks sign quotes: “- Roe.”)
        let sp = self.named_line(sig, usize::from(dash), dash)?;
        (dash || sp.kind == PronounKind::Person && sp.name.contains(' ')).then_some(sp)
    }

    /// The speaker a line names from token `from` on: capitalised words (a name or an
    /// organisation), maybe followed by ", role" or "(party)", without a cue, a quotation or
    /// closing punctuation (but a full stop where `end_stop`).
    fn named_line(&mut self, head: &Parsed<'a>, from: usize, end_stop: bool) -> Option<Speaker> {
        let end = head.s.trim_end();
        let end = if end_stop { end.strip_suffix('.').unwrap_or(end) } else { end };
        if end.ends_with(['.', '!', '?', ':', ';']) && !end.ends_with("U.S.") {
            return None;
        }
        if head.toks.iter().any(|t| t.quote().is_some() || t.cue.is_some()) {
            return None;
        }
        // the name part: up to the first comma or parenthesis
        let stop = usize::from(end_stop && head.toks.last().is_some_and(|t| t.is_punct('.')));
        let len = head.toks.len() - stop;
        let b = head.toks[..len].iter().position(|t| t.is_punct(',') || t.is_punct('(')).unwrap_or(len);
        let name_part = &head.toks[from.min(b)..b];
        let proper = name_part.iter().all(|t| match t.kind {
            TokKind::Word => t.cap || t.has(flag::FUNC) || t.lower.chars().all(|c| !c.is_alphabetic()),
            _ => t.is_punct('&') || t.is_punct('.') || t.is_punct('-') || t.is_punct('’') || t.is_punct('\''),
        });
        if b <= from || !proper || !name_part.first().is_some_and(|t| t.is_word() && t.cap) {
            return None;
        }
        let mut sp = self.resolve(head, from, b, false)?;
        if sp.name.is_empty() {
            return None;
        }
        // an organisation's name of several words is the whole name part
        if sp.role.is_empty() && !self.names.is_multiword(&sp.name) {
            let whole = head.s[head.toks[from].start..head.toks[b - 1].end].trim();
            if whole.len() > sp.name.len() && whole.split_whitespace().count() > 1 {
                sp.name = whole.into();
            }
        }
        // (the role after the comma, noted with the name, so that “The Minister” below finds
        // the holder: “Nadia Farouk, Minister for Energy and Climate”)
        if b < len && head.toks[b].is_punct(',') && sp.kind == PronounKind::Person {
            let role = head.s[head.toks[b].end..head.toks[len - 1].end].trim();
            if !role.is_empty() && sp.role.is_empty() {
                sp.role = role.into();
            }
            self.names.add_at(&sp.name, &sp.role, head.base);
        }
        Some(sp)
    }
}

/// What a transcript's speaker label says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Label {
    /// A reporter's question ("Q", "Q:"): no statements.
    Question,
    /// A named or described speaker ("MS. SMITH:", "SECRETARY DOE:", "SPOKESPERSON:").
    Speaker(Speaker),
    /// Capitals before a colon that name no one ("SUBJECTS:", "UPDATE:"): no label.
    Nobody,
}

/// Labels of an interview's answers that name no one (lowercase, sorted): „Antwort:“, “A:”.
const ANSWER_LABELS: [&str; 5] = ["a", "answer", "antwort", "r", "réponse"];

/// Fewest words of an answer that is a statement ("Thank you." is none).
const MIN_ANSWER_WORDS: usize = 6;

/// How many lone-word labels are checked against the text for a lowercase use.
const MAX_LABEL_SCANS: usize = 32;

/// Most words of a transcript label.
const MAX_LABEL_WORDS: usize = 8;

/// Rule "transcript speaker label": a paragraph that opens with words in capitals and a colon
/// ("MS. SMITH:", "PRIME MINISTER:"), or with a lone "Q". Returns the label's words (title-cased)
/// and the byte offset in the paragraph where the answer starts.
pub(super) fn transcript_label(s: &str) -> Option<(Vec<String>, usize)> {
    let t = s.trim_start();
    let lead = s.len() - t.len();
    if t == "Q" || t.starts_with("Q:") || t.starts_with("Q.") || t.starts_with("Q ") {
        let rest = t[1..].trim_start_matches([':', '.']);
        return Some((vec!["Q".to_owned()], lead + t.len() - rest.len()));
    }
    let colon = memchr::memchr(b':', t.as_bytes())?;
    let head = &t[..colon];
    // (a lowercase letter or a digit first: most paragraphs have one in their first words)
    if head.chars().any(|c| c.is_lowercase() || c.is_ascii_digit()) {
        return None;
    }
    let words: Vec<&str> = head.split_whitespace().collect();
    let letters = head.chars().filter(|c| c.is_alphabetic()).count();
    if words.is_empty() || words.len() > MAX_LABEL_WORDS || letters < 2 {
        return None;
    }
    let titled = words.iter().map(|w| title_case(w)).collect();
    Some((titled, lead + colon + 1))
}

/// Rule "a transcript's answer opens after its label": the first sentence of a paragraph
/// that opens with a speaker label starts at the answer (“SRS’IN HALBACH: Der Kanzler hat
/// gesagt …” opens with „Der Kanzler“), so that no rule takes the label for the sentence's
/// subject.
pub(super) fn open_answer_after_label(p: &mut Parsed<'_>) {
    let Some((_, at)) = transcript_label(p.s) else { return };
    let Some(first) = p.sents.first_mut() else { return };
    if let Some(k) = (first.0..first.1).find(|&k| p.toks[k].start >= at) {
        first.0 = k;
    }
}

/// Rule "interview labels": a paragraph that opens with one or two capitalised words and a
/// colon („Frage: …“, „Möhring: …“, “Interviewer: …”), as newspapers print an interview.
/// Returns the label's words and the byte offset in the paragraph where the answer starts.
pub(super) fn interview_label(s: &str) -> Option<(Vec<String>, usize)> {
    let t = s.trim_start();
    let lead = s.len() - t.len();
    // (the first colon, where it is at byte 40 at most)
    let colon = memchr::memchr(b':', &t.as_bytes()[..t.len().min(41)])?;
    let head = &t[..colon];
    let words: Vec<&str> = head.split_whitespace().collect();
    let capitalised =
        |w: &&str| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.');
    let rest = t[colon + 1..].trim_start();
    if !(1..=2).contains(&words.len()) || !words.iter().all(capitalised) || head.len() < 2 || rest.is_empty() {
        return None;
    }
    Some((words.iter().map(|w| (*w).to_owned()).collect(), lead + t.len() - rest.len()))
}

/// The labels of an interview's answers, when paragraphs are one: a questioner's label
/// („Frage:“, or a label whose paragraphs are mostly questions: the outlet's name, „Kurier:“,
/// “SPIEGEL:”) and another label used twice or more (the one who answers); empty otherwise.
pub(super) fn interview_answerers(parsed: &[Parsed<'_>]) -> Vec<Vec<String>> {
    let mut asked = false;
    // (each label with its paragraphs and those of them that end in a question mark)
    let mut seen: Vec<(Vec<String>, usize, usize)> = Vec::new();
    for p in parsed {
        let Some((words, _)) = interview_label(p.s) else { continue };
        if words.len() == 1 && flags_of(&words[0].to_lowercase()) & flag::QUESTIONER != 0 {
            asked = true;
            continue;
        }
        let question = usize::from(p.s.trim_end().ends_with('?'));
        match seen.iter_mut().find(|(w, _, _)| *w == words) {
            Some((_, n, q)) => (*n, *q) = (*n + 1, *q + question),
            None => seen.push((words, 1, question)),
        }
    }
    // rule "the label of the questions is the interviewer's": one label of two or more
    // paragraphs, most of them questions
    let questioner = |&(_, n, q): &(Vec<String>, usize, usize)| n >= 2 && 2 * q > n;
    if !asked && seen.iter().filter(|l| questioner(l)).count() != 1 {
        return Vec::new();
    }
    seen.into_iter().filter(|l| l.1 >= 2 && !questioner(l)).map(|(w, _, _)| w).collect()
}

/// Whether paragraphs are a transcript: three speaker labels or more, one of them repeated (the
/// speakers of a transcript speak more than once; a dateline or a list of "TOPIC:" lines does not).
pub(super) fn is_transcript(parsed: &[Parsed<'_>]) -> bool {
    let mut seen: Vec<Vec<String>> = Vec::new();
    let mut repeated = false;
    for p in parsed {
        if let Some((words, _)) = transcript_label(p.s) {
            if words.len() == 1 && flags_of(&words[0]) & flag::QUESTIONER != 0 {
                seen.push(Vec::new());
                continue;
            }
            repeated |= seen.contains(&words);
            seen.push(words);
            if repeated && seen.len() >= 3 {
                return true;
            }
        }
    }
    false
}

/// Labels of a transcript's header fields (lowercase, sorted): the lines they open are no
/// answers (“SUBJECTS: Phone call with …”, „THEMEN: …“, « SUJETS : … »).
const HEADER_FIELDS: [&str; 16] = [
    "date",
    "datum",
    "e&oe",
    "lieu",
    "location",
    "ort",
    "subject",
    "subjects",
    "sujet",
    "sujets",
    "thema",
    "themen",
    "topic",
    "topics",
    "transcript",
    "venue",
];

/// Words of a headline that make a document a readout of a meeting or call, sorted.
const READOUT_MARKERS: [&str; 4] = ["compte rendu", "compte-rendu", "read-out", "readout"];

/// Rule "a readout is a list of positions": a document whose first line names it a readout
/// (“Readout of the President's Call with …”) reports what each side underscored, welcomed or
/// raised; there even a verb that characterises or takes a plain object reports a position.
pub(super) fn is_readout(parsed: &[Parsed<'_>]) -> bool {
    parsed.first().is_some_and(|p| {
        let head = p.s.to_lowercase();
        READOUT_MARKERS.iter().any(|m| head.contains(m))
    })
}

/// "JEAN-PIERRE" -> "Jean-Pierre", "MS." -> "Ms.".
fn title_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut start = true;
    for c in w.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

impl<'a> Engine<'a> {
    /// A paragraph of a transcript: a label switches the speaker; a question's paragraphs give
    /// nothing; an answer is the labelled speaker's position (cue ":") and the speaker of its
    /// unattributed quotes, while the statements it reports from others are theirs. Returns
    /// whether the paragraph was handled here.
    pub(super) fn transcript_para(&mut self, p: &Parsed<'a>) -> bool {
        // rule "a stage direction is no one's words": a paragraph wholly in brackets, “(The
        // briefing was concluded at 1:51 p.m.)”, „[Gelächter]“ (the label goes on after it)
        let t = p.s.trim();
        if t.starts_with(['(', '[']) && t.ends_with([')', ']']) {
            return true;
        }
        let mut at = 0;
        if self.interview.is_empty() {
            if let Some((words, answer)) = transcript_label(p.s) {
                self.label = Some(self.label_speaker(&words));
                at = answer;
            }
        } else {
            at = self.interview_para_label(p);
        }
        let sp = match &self.label {
            None | Some(Label::Nobody) => {
                self.label = None;
                return false;
            }
            Some(Label::Question) => return true,
            Some(Label::Speaker(sp)) => sp.clone(),
        };
        let answer = p.s[at..].trim_start();
        let start = p.s.len() - answer.len();
        let answer = answer.trim_end().trim_end_matches(['.', ',', ';', ':']);
        if answer.is_empty() {
            return true;
        }
        self.ante.statement = Some((sp.clone(), ":".to_owned()));
        self.paragraph(p, Some(&sp), None);
        let in_quote = p.quotes.iter().any(|q| q.start <= start + 1 && q.end + 1 >= start + answer.len());
        if answer.split_whitespace().nth(MIN_ANSWER_WORDS - 1).is_some() && !in_quote {
            self.emit(StatementKind::Position, sp, ":", p.base + start, p.base + start + answer.len(), 0.6);
        }
        true
    }

    /// The label of an interview's paragraph (an interview in an article: a label holds for its
    /// own paragraph only, and only a questioner's or an answerer's label is one), set as the
    /// current label; returns where the paragraph's text after it starts (0 without a label).
    /// An answer's label that names no one („Antwort:“, “A:”) is the interviewee: the person
    /// the first question addresses („Herr Schmieder, …“), else the person named last.
    fn interview_para_label(&mut self, p: &Parsed<'a>) -> usize {
        self.label = None;
        let Some((words, answer)) = interview_label(p.s) else { return 0 };
        let lower = words[0].to_lowercase();
        let question = words.len() == 1 && flags_of(&lower) & flag::QUESTIONER != 0;
        if question {
            if self.interviewee.is_none() {
                self.interviewee = self.addressed_in(p);
            }
            self.label = Some(Label::Question);
        } else if !self.interview.contains(&words) {
            return 0;
        } else if words.len() == 1 && ANSWER_LABELS.binary_search(&lower.as_str()).is_ok() {
            let last = || self.last_subject_before(p.base, p.base).map(|(_, sp)| sp);
            self.label = self.interviewee.clone().or_else(last).map(Label::Speaker);
        } else {
            self.label = Some(self.label_speaker(&words));
        }
        answer
    }

    /// The person a question addresses by a title of address and a name („Herr Schmieder, …“,
    /// “Ms Lind, …”), under the fullest name the text gives.
    fn addressed_in(&self, p: &Parsed<'a>) -> Option<Speaker> {
        let k = (0..p.toks.len().saturating_sub(1)).find(|&k| {
            p.toks[k].is_word() && p.toks[k].has(flag::ADDRESS) && p.toks[k + 1].is_word() && p.toks[k + 1].cap
        })?;
        let full = self.names.full(p.word(k + 1));
        let role = self.names.role(&full).unwrap_or_default().to_owned();
        Some(Speaker { name: full.into(), role: role.into(), kind: PronounKind::Person, via: Via::Named })
    }

    /// The speaker of a transcript label's words: a name resolved to the fullest name of the
    /// document ("Ms. Smith" -> "Jane Smith"), a role to the person named with it ("Prime
    /// Minister" -> the prime minister named before), else the description.
    pub(super) fn label_speaker(&mut self, words: &[String]) -> Label {
        // (also with the asker's name: „FRAGE KELLER:“, „ZUSATZFRAGE KELLER:“, “QUESTION (AFP):”)
        if words.first().is_some_and(|w| flags_of(w) & flag::QUESTIONER != 0) {
            return Label::Question;
        }
        let ws: Vec<&str> = words.iter().map(String::as_str).collect();
        // rule "a transcript's header fields are no speakers": “SUBJECTS: …”, “E&OE:”
        if let [w] = ws.as_slice() {
            if HEADER_FIELDS.binary_search(&w.to_lowercase().as_str()).is_ok() {
                return Label::Nobody;
            }
        }
        // a lone word that the text also writes in lowercase is a noun ("SUBJECTS:"), no name
        // (a scan of the text each: done for the first few lone words only, so that a text of
        // many labels stays linear)
        if let [w] = ws.as_slice() {
            if self.label_scans < MAX_LABEL_SCANS {
                self.label_scans += 1;
                let lower = w.to_lowercase();
                if flags_of(&lower) & flag::ROLE == 0 && self.text.contains(&format!(" {lower}")) {
                    return Label::Nobody;
                }
            }
        }
        // rule "a transcript label names an office the header gives with its holder"
        if let Some(holder) = self.office_label_holder(&ws) {
            return Label::Speaker(holder);
        }
        let sp = split_phrase(&ws);
        if !sp.name.is_empty() {
            let full = self.names.full(&sp.name);
            let role = if sp.role.is_empty() { self.names.role(&full).unwrap_or_default().to_owned() } else { sp.role };
            let kind = if sp.org { PronounKind::Org } else { PronounKind::Person };
            return Label::Speaker(Speaker {
                name: full.into(),
                role: clean_role(&role).into(),
                kind,
                via: Via::Named,
            });
        }
        let desc = if sp.role.is_empty() { sp.description.clone() } else { sp.role.clone() };
        let head = desc.split_whitespace().rev().find(|w| flags_of(w) & flag::ROLE != 0).map(str::to_lowercase);
        if let Some(best) = head.and_then(|h| {
            self.names
                .by_role_word(&h)
                .into_iter()
                .max_by_key(|n| (self.recency.get(*n).copied().unwrap_or(0), n.len()))
        }) {
            let role = self.names.role(best).unwrap_or_default().to_owned();
            let name: std::rc::Rc<str> = best.into();
            return Label::Speaker(Speaker {
                name,
                role: role.into(),
                kind: PronounKind::Person,
                via: Via::RoleAnaphor,
            });
        }
        if crate::extract::names::has_role_word(&desc) {
            return Label::Speaker(Speaker {
                name: desc.into(),
                role: "".into(),
                kind: PronounKind::Person,
                via: Via::Description,
            });
        }
        Label::Nobody
    }
}

/// Most bytes of a document's opening searched for the holder of an office label.
const HEADER_BYTES: usize = 3000;

/// Honorifics and parliamentary letters around a holder's name in a transcript header
/// (lowercase, sorted): “The Hon. Ada Lind MP”.
const HEADER_HONORIFICS: [&str; 9] = ["hon", "hon.", "honourable", "mdb", "mep", "mp", "senator", "the", "très"];

impl Engine<'_> {
    /// Rule "a transcript label names an office the header gives with its holder": the label
    /// “PRIME MINISTER:” or “MINISTER FOR TRADE AND INDUSTRY:” (a role word, or one with its
    /// complement: the whole label is the office) stands for the person the document's opening
    /// names with that office, after it (“…, the Minister for Trade and Industry, The Hon Ada
    /// Lind MP”) or before it (“THE HON. ADA LIND MP PRIME MINISTER”).
    fn office_label_holder(&mut self, ws: &[&str]) -> Option<Speaker> {
        let first_role = ws.iter().position(|w| flags_of(w) & flag::ROLE != 0)?;
        // (only an office: role words, modifiers and a role's complement, no courtesy title)
        let complement = ws.get(first_role + 1).is_some_and(|w| flags_of(w) & flag::ROLE_COMPLEMENT != 0);
        let ends_in_role = ws.len() <= 3 && ws.last().is_some_and(|w| flags_of(w) & flag::ROLE != 0);
        let office = ends_in_role || complement;
        if !office || ws.iter().any(|w| flags_of(w) & flag::COURTESY != 0) {
            return None;
        }
        let label = ws.join(" ").to_lowercase();
        let head = &self.text[..crate::extract::parts::floor_char_boundary(self.text, HEADER_BYTES)];
        let lower = head.to_lowercase();
        // (the offsets found in the lowercase text are read in the text itself only where both
        // are char boundaries there: lowercasing may change a character's length)
        let (name, at) = lower.match_indices(&label).find_map(|(at, _)| {
            let after = holder_after(head.get(at + label.len()..)?);
            after.or_else(|| holder_before(head.get(..at)?)).map(|n| (n, at))
        })?;
        let role = head.get(at..at + label.len())?.to_owned();
        let role = if role.chars().any(char::is_lowercase) { role } else { ws.join(" ") };
        self.names.add_at(&name, &role, usize::MAX);
        Some(Speaker { name: name.into(), role: clean_role(&role).into(), kind: PronounKind::Person, via: Via::Named })
    }
}

/// A person's name of two or three capitalised words (title-cased when in capitals), from
/// `words` in order, honorifics dropped.
fn header_name<'w>(words: impl Iterator<Item = &'w str>) -> Option<String> {
    let mut name = Vec::new();
    for w in words {
        let w = w.trim_matches(|c: char| c == ',' || c == ';');
        let lower = w.to_lowercase();
        if HEADER_HONORIFICS.binary_search(&lower.as_str()).is_ok() {
            if name.is_empty() {
                continue;
            }
            break;
        }
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        if !cap || flags_of(&lower) & (flag::ROLE | flag::FUNC) != 0 || name.len() == 3 {
            break;
        }
        name.push(if w.chars().any(char::is_lowercase) { w.to_owned() } else { title_case(w) });
    }
    (name.len() >= 2).then(|| name.join(" "))
}

/// The holder named right after an office in a header line: “…, The Hon Ada Lind MP”.
fn holder_after(rest: &str) -> Option<String> {
    let first = rest.split('\n').next().unwrap_or("");
    let line = first.trim_start_matches([',', ' ', ':', '–', '-']);
    if line.len() == first.len() {
        return None; // (the office runs on: “Minister for Trade and Industry Policy”)
    }
    header_name(line.split_whitespace())
}

/// The holder named right before an office on its line: “THE HON. ADA LIND MP PRIME MINISTER”.
fn holder_before(before: &str) -> Option<String> {
    let line = before.rsplit('\n').next().unwrap_or("");
    let words: Vec<&str> = line.split_whitespace().collect();
    // (back over honorifics after the name, then the name itself)
    let mut end = words.len();
    while end > 0 && HEADER_HONORIFICS.binary_search(&words[end - 1].to_lowercase().as_str()).is_ok() {
        end -= 1;
    }
    let start =
        (0..end).rev().take(3).take_while(|&k| words[k].chars().next().is_some_and(char::is_uppercase)).last()?;
    header_name(words[start..end].iter().copied())
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
        // (the header's role is noted with the name: “The Minister” below is its holder)
        let v = run(
            "Harbour plan\nThe council approved the plan.\nAda Lind, Minister for Ports and Coasts\n“The harbour will bring work.”\nThe Minister confirmed that the fund would pay half.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the fund would pay half"), "{v:?}");
    }

    #[test]
    fn a_quotation_signed_on_the_line_below_is_the_signer_s() {
        for (text, who) in [
            (
                "Hafen\nDer Rat hat getagt.\nZitat des Tages\n„Ein Hafen ohne Fähren ist nur eine Mauer.“\n– Jana Rieck, Hafenchefin, im Stadtfunk\nTermine\n",
                "Jana Rieck",
            ),
            (
                "Port\nThe council met.\n“A port without ferries is just a wall.”\nJana Rieck, chair of the port board\nIn other news\n",
                "Jana Rieck",
            ),
            (
                "Port\nLe conseil s'est réuni.\nLa phrase du jour\n« Un port sans ferries n'est qu'un mur. »\n— Jana Rieck, présidente du port\n",
                "Jana Rieck",
            ),
            // (a fact-check signs each claim with a dash and a full stop)
            (
                "Claims checked\nThe debate ran late. Tom Ekberg spoke first.\n\n\"The port has never paid a cent in tax.\"\n\n- Rieck.\n\nThat is false: the port paid rates.\n\nJana Rieck chairs the port board.\n",
                "Jana Rieck",
            ),
        ] {
            let v = run(text);
            assert!(v.iter().any(|(k, s, _)| *k == Quote && s == who), "{text}: {v:?}");
        }
        // (a line under a quotation that is no name signs nothing)
        let v = run(
            "Port\nThe council met.\n“A port without ferries is just a wall.”\nMore Ferries Now\nThe vote is on Friday.\n",
        );
        assert!(v.iter().all(|(_, s, _)| s != "More Ferries Now"), "{v:?}");
    }

    #[test]
    fn a_quote_with_its_own_cue_keeps_its_speaker() {
        let v = run(
            "Harbour plan wins praise\nThe council approved the plan.\nCoastal Shipping Guild\n“The harbour will bring work to the coast,” said Ola Berg, who chairs the guild.\n",
        );
        assert!(v.iter().any(|(k, s, _)| *k == Quote && s == "Ola Berg"), "{v:?}");
    }

    #[test]
    fn an_interview_s_labels_give_the_answers_speaker_for_their_paragraph_only() {
        let v = run("Werk schließt\nDer Konzern Lindwerk baut ab, sagte Vorstandschef Jan Roth am Dienstag.\n\
                     Frage: Herr Roth, warum jetzt?\nRoth: Wir haben zu lange gewartet, das gebe ich offen zu.\n\
                     Frage: Wie geht es weiter?\nRoth: Die Werke in Hessen bleiben bis Ende 2027 offen.\n\
                     Die Gewerkschaft kündigte an, sie werde protestieren.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Jan Roth" && t.starts_with("Wir haben zu lange")), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Jan Roth" && t.starts_with("Die Werke in Hessen")), "{v:?}");
        assert!(!v.iter().any(|(_, _, t)| t.contains("warum jetzt")), "{v:?}");
        assert!(v.iter().any(|(_, s, _)| s == "Gewerkschaft"), "{v:?}");
        assert_eq!(super::interview_label("Fazit der Woche: gut"), None);
        assert!(super::ANSWER_LABELS.windows(2).all(|w| w[0] < w[1]));
        // (an answer's label is the person the question addresses)
        let v = run("Schule\nDer Verband warnt, sagte Verbandschef Jan Roth am Dienstag.\n\
                     Frage: Herr Roth, ist das eine Lösung?\nAntwort: Nein, das Land gibt nur sein Versagen zu.\n\
                     Frage: Und jetzt?\nAntwort: Wir sammeln Rückmeldungen aus allen Schulen im Land.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Jan Roth" && t.starts_with("Nein, das Land")), "{v:?}");
    }

    #[test]
    fn the_label_of_the_questions_is_the_interviewer_s() {
        // (the outlet's name as the questioner's label; the answers' first person is no report)
        let v = run("Werk schließt\nDer Konzern Lindwerk baut ab, sagte Vorstandschef Jan Roth am Dienstag.\n\
                     Anzeiger: Herr Roth, warum jetzt?\nRoth: Wir haben zu lange gewartet, das gebe ich offen zu.\n\
                     Anzeiger: Die Beschäftigten sagen, Sie hätten sie getäuscht.\nRoth: Das sehe ich anders. \
                     Das nehme ich auf meine Kappe.\nAnzeiger: Und die Werke?\nRoth: Sie bleiben bis 2027 offen.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Jan Roth" && t.starts_with("Wir haben zu lange")), "{v:?}");
        assert!(v.iter().all(|(_, s, t)| s == "Jan Roth" || !t.contains("Kappe") && !t.contains("anders")), "{v:?}");
        assert!(!v.iter().any(|(_, _, t)| t.contains("warum jetzt")), "{v:?}");
    }

    #[test]
    fn transcript_labels_are_capitals_before_a_colon_or_a_lone_q() {
        use super::transcript_label;
        assert_eq!(transcript_label("MS. LINDGREN: Thank you all."), Some((vec!["Ms.".into(), "Lindgren".into()], 13)));
        assert_eq!(transcript_label("Q"), Some((vec!["Q".into()], 1)));
        assert_eq!(transcript_label("DEPUTY MINISTER:").map(|l| l.0.len()), Some(2));
        assert_eq!(transcript_label("Ms. Lindgren: thank you."), None);
        assert_eq!(transcript_label("JOURNALIST:").map(|l| l.0), Some(vec!["Journalist".to_owned()]));
        assert_eq!(transcript_label("UPDATE 14:30: more news"), None);
    }

    #[test]
    fn a_labelled_speaker_answers_and_questions_are_no_statements() {
        let v = run(
            "Port briefing\nSpokesperson Ana Lindgren met reporters at the port on Monday.\nMS. LINDGREN: Good morning to all of you in the room today.\nQ: Did the minister say that the port would close in May this year?\nMS. LINDGREN: We expect the port to stay open through the whole summer season.\nAs I said, “nobody will lose a job over this decision.”\n",
        );
        assert!(!v.iter().any(|(_, _, t)| t.contains("port would close")), "{v:?}");
        assert!(
            v.iter().any(|(k, s, t)| *k == crate::model::StatementKind::Position
                && s == "Ana Lindgren"
                && t.starts_with("We expect the port")),
            "{v:?}"
        );
        assert!(v.iter().any(|(k, s, t)| *k == Quote && s == "Ana Lindgren" && t.starts_with("nobody")), "{v:?}");
    }

    #[test]
    fn an_unattributed_quote_later_in_an_answer_is_the_labelled_speaker_s() {
        let v = run("Port briefing\nMODERATOR: Good morning and welcome to all of you today.\nMS. LINDGREN: Thank \
                     you. My advice to the crews was simple: “Stay in port until Friday.”\nMODERATOR: Next question \
                     from the back of the room, please.\nMS. LINDGREN: No. As I told them, “nobody sails tonight.”\n");
        assert!(v.iter().any(|(k, s, t)| *k == Quote && s == "Lindgren" && t.starts_with("Stay in port")), "{v:?}");
        assert!(v.iter().any(|(k, s, t)| *k == Quote && s == "Lindgren" && t.starts_with("nobody sails")), "{v:?}");
    }

    #[test]
    fn a_question_label_with_the_asker_s_name_is_a_question() {
        let v = run(
            "Regierungspressekonferenz\n\nSPRECHER ROTH: Der Hafen bleibt bis Montag geschlossen, die Fähren fallen aus.\n\nFRAGE KELLER: Herr Roth, der Bürgermeister hat gestern gesagt, die Reeder seien schuld. Stimmt das?\n\nZUSATZFRAGE KELLER: Wann öffnet der Hafen wieder für alle Schiffe?\n\nSPRECHER ROTH: Das entscheidet die Hafenbehörde am Freitag nach der Prüfung.\n",
        );
        assert!(v.iter().all(|(_, s, t)| s != "Keller" && !t.contains("Wann öffnet")), "{v:?}");
        assert!(v.iter().any(|(_, s, _)| s == "Roth"), "{v:?}");
    }

    #[test]
    fn a_stage_direction_is_no_one_s_words() {
        let text = "Briefing by Spokesperson Ada Lind\n\nMS. LIND: Good afternoon. The ferries will run again soon.\n\n\
                    Q: Will the mayor intervene in the strike?\n\nMS. LIND: Out of respect for the talks, I will not \
                    comment on the details today.\n\n(The briefing was concluded at 1:51 p.m.)\n";
        let v = run(text);
        assert!(v.iter().all(|(_, s, t)| s == "Lind" && !t.contains("concluded")), "{v:?}");
    }

    #[test]
    fn a_transcript_label_names_an_office_the_header_gives_with_its_holder() {
        let text = "Press conference with the Minister for Ports and Harbours, The Hon Omar Daly MP\n\
                    THE HON. ADA LIND MP FIRST MINISTER\nTRANSCRIPT\n\nFIRST MINISTER:\n\n\
                    The ferries will run again from Monday, and the fees will not rise this year.\n\n\
                    JOURNALIST:\n\nWill the pier reopen?\n\nMINISTER FOR PORTS AND HARBOURS:\n\n\
                    The pier reopens once the engineers have signed off on the repairs.\n\n\
                    FIRST MINISTER:\n\nWe expect that within a fortnight, as the engineers told us.\n";
        let v = run(text);
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t.starts_with("The ferries will run")), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Omar Daly" && t.starts_with("The pier reopens")), "{v:?}");
        assert!(super::HEADER_HONORIFICS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn header_fields_are_sorted() {
        assert!(super::HEADER_FIELDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_transcript_header_field_is_no_speaker() {
        let v = run(
            "Press conference\nSUBJECTS: Port fees, ferry strike, the new bridge.\n\nMS. ROE: The fees will not rise this year, and we are confident about that.\n\nQ: What about the strike?\n\nMS. ROE: We are talking to the unions every day this week.\n",
        );
        assert!(v.iter().all(|(_, s, _)| s != "Subjects"), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Roe" && t.starts_with("The fees")), "{v:?}");
    }

    #[test]
    fn readout_markers_are_sorted() {
        assert!(super::READOUT_MARKERS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_readout_reports_plain_objects_as_positions() {
        let v = run(
            "Readout of the Mayor's Call with the Harbour Master\n\nMayor Ina Berg spoke today with Harbour Master Omar Daly. Mayor Berg welcomed the new ferry schedule and raised concerns about the fees. Daly expressed appreciation for the city's support.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Ina Berg" && t == "the new ferry schedule"), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Ina Berg" && t.starts_with("concerns about the fees")), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Omar Daly" && t.starts_with("appreciation")), "{v:?}");
        // outside a readout a plain object is no position
        let v = run("Port news\n\nMayor Ina Berg welcomed the new ferry schedule on Monday.\n");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn a_readout_s_principal_by_office_is_the_holder_it_names_later() {
        let v = run(
            "Readouts: the Mayor's meetings at the port summit\n\nThe Mayor met the Harbour Master this morning.\n\nThe Mayor underscored that the ferries must run on time.\n\nSpeaking to reporters, Mayor Ina Berg said the summit had gone well.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Ina Berg" && t == "the ferries must run on time"), "{v:?}");
        // (outside a readout the office stays unnamed until its holder is)
        let v = run(
            "Port\n\nThe Mayor met the Harbour Master this morning.\n\nThe Mayor underscored that the ferries must run on time.\n\nSpeaking to reporters, Mayor Ina Berg said the summit had gone well.\n",
        );
        assert!(v.iter().all(|(_, s, t)| s != "Ina Berg" || t != "the ferries must run on time"), "{v:?}");
        // (nor the holder of another office named later: “Deputy Mayor Jan Vos” is no “Mayor”)
        let v = run(
            "Readouts: the Mayor's meetings at the port summit\n\nThe Mayor underscored that the ferries must run on time.\n\nSpeaking to reporters, Deputy Mayor Jan Vos said the summit had gone well.\n",
        );
        assert!(v.iter().all(|(_, s, t)| s != "Jan Vos" || t != "the ferries must run on time"), "{v:?}");
    }

    #[test]
    fn a_transcript_answer_opens_after_its_label_and_a_pronoun_of_it_is_no_label() {
        let v = run("Pressekonferenz vom 3. März\n\nSRS’IN HALBACH: Guten Tag! Am Mittwoch reist Bundeskanzler Jonas \
                     Weidemeyer nach Rom.\n\nFRAGE SCHULZ: Wie steht der Kanzler zur Schuldenbremse?\n\nSRS’IN \
                     HALBACH: Der Bundeskanzler hat sich dazu schon geäußert. Er hat gesagt, dass die Regeln \
                     gelten.\n\nFRAGE SCHULZ: Danke.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Jonas Weidemeyer" && t == "die Regeln gelten"), "{v:?}");
        let v = run("Briefing\n\nMS. ORTEGA: Good afternoon.\n\nQ: What does the Governor think?\n\nMS. ORTEGA: \
                     The Governor has spoken to that. He said the bridge would reopen in May.\n\nQ: Thanks.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Governor" && t == "the bridge would reopen in May"), "{v:?}");
    }
}
