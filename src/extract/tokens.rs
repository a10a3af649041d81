//! Tokens of a paragraph: words, punctuation and whole top-level quotations, and sentences over them.

use std::borrow::Cow;

use super::lexicon::{Lang, PronounKind, WordEntry, flag, flags_in, flags_of, lookup, lookup_any_case, lowercase};
use super::quotes::QuoteSpan;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// A word (letters, digits, inner apostrophes, hyphens and dots).
    Word,
    /// One punctuation character.
    Punct(char),
    /// A whole top-level quotation; the index points into the paragraph's quote list.
    Quote(u32),
}

/// Where the lowercase forms of words that differ from their text are kept while a document is
/// processed: one growing block instead of a small string per capitalised word.
#[derive(Debug, Default)]
pub struct TokenArena(bumpalo::Bump);

impl TokenArena {
    /// An empty arena.
    pub fn new() -> Self {
        Self::default()
    }

    /// A copy of `s` that lives as long as the arena.
    fn keep(&self, s: &str) -> &str {
        self.0.alloc_str(s)
    }

    /// A copy of `s` in ASCII lowercase that lives as long as the arena.
    fn keep_ascii_lowercase(&self, s: &str) -> &str {
        let copy = self.0.alloc_str(s);
        copy.make_ascii_lowercase();
        copy
    }
}

/// One token with its byte range in the paragraph and, for words, its lowercase form.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    /// Kind of token.
    pub kind: TokKind,
    /// Start byte in the paragraph.
    pub start: usize,
    /// End byte in the paragraph.
    pub end: usize,
    /// Lowercase form (words only; empty otherwise): the text itself when it is lowercase, a
    /// listed word, or a string in the paragraph's [`TokenArena`].
    pub lower: &'a str,
    /// Whether `lower` had to be made (it differs from the text, or is not taken from it).
    pub made: bool,
    /// Whether a word starts with an uppercase letter.
    pub cap: bool,
    /// Word class flags ([`super::lexicon::flag`]); 0 for punctuation and quotes.
    pub flags: u64,
    /// The cue this word is in the document's language, if any.
    pub cue: Option<&'static super::lexicon::CueWord>,
}

impl Token<'_> {
    /// Whether the token is the word `w` (lowercase).
    pub fn is(&self, w: &str) -> bool {
        self.kind == TokKind::Word && self.lower == w
    }

    /// Whether the token is the punctuation mark `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }

    /// Whether the word has all of the class `flags`.
    pub fn has(&self, flags: u64) -> bool {
        self.flags & flags == flags && flags != 0
    }

    /// Whether the token is a word.
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    /// The quote index, if the token is a quotation.
    pub fn quote(&self) -> Option<usize> {
        match self.kind {
            TokKind::Quote(i) => Some(i as usize),
            _ => None,
        }
    }
}

/// Classes of ASCII bytes for the tokenizer: letters and digits, capitals, white space (as
/// `char::is_whitespace` has it), and the joiners that may continue a word (`'` `-` `.`).
const ALNUM: u8 = 1;
/// ASCII class: a capital letter.
const UPPER: u8 = 2;
/// ASCII class: white space.
const SPACE: u8 = 4;
/// ASCII class: a joiner that may continue a word (`'` `-` `.`).
const JOINER: u8 = 8;
/// Whether an ASCII byte is white space as `char::is_whitespace` has it (with the vertical tab,
/// which `u8::is_ascii_whitespace` leaves out).
pub(crate) const fn is_ascii_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// The classes of each ASCII byte.
const ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            ALNUM | UPPER
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else if is_ascii_space(c) {
            SPACE
        } else if matches!(c, b'\'' | b'-' | b'.') {
            JOINER
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Where the social-media handle at byte `i` (an “@”) ends: letters, digits and underscores
/// after it, with a letter among them; none inside an address (“ada@example.org”).
fn handle_end(p: &str, i: usize) -> Option<usize> {
    let after_word = p[..i].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '.');
    let len = p[i + 1..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(p.len() - i - 1);
    let name = &p[i + 1..i + 1 + len];
    (!after_word && name.chars().any(|c| c.is_ascii_alphabetic()) && len >= 2).then_some(i + 1 + len)
}

/// Whether a character belongs to a word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// A word token; `plain` when the word is known to be ASCII without capitals (then it is its own
/// lowercase form).
fn word_token<'a>(p: &'a str, start: usize, end: usize, lang: Lang, plain: bool, arena: &'a TokenArena) -> Token<'a> {
    let s = &p[start..end];
    if plain {
        return make_word(start, end, s, false, false, lang);
    }
    let first = s.as_bytes().first().copied().unwrap_or(0);
    let cap =
        if first.is_ascii() { first.is_ascii_uppercase() } else { s.chars().next().is_some_and(char::is_uppercase) };
    if !cap {
        return match lowercase(s) {
            Cow::Borrowed(l) => make_word(start, end, l, false, false, lang),
            Cow::Owned(l) => make_word(start, end, arena.keep(&l), false, true, lang),
        };
    }
    // "The", "Said": a listed word lends its lowercase form; other words are kept lowercase in
    // the arena
    let entry = lookup_any_case(s);
    let made = entry.word.is_empty();
    let lower = if !made {
        entry.word
    } else if s.is_ascii() {
        arena.keep_ascii_lowercase(s)
    } else {
        arena.keep(&lowercase(s))
    };
    entry_word(entry, start, end, lower, cap, made, lang)
}

/// A word token whose lowercase form `lower` is known.
fn make_word(start: usize, end: usize, lower: &str, cap: bool, made: bool, lang: Lang) -> Token<'_> {
    entry_word(lookup(lower), start, end, lower, cap, made, lang)
}

/// A word token with the flags and cue its word-table entry gives in `lang`.
#[inline]
fn entry_word<'a>(
    entry: &WordEntry,
    start: usize,
    end: usize,
    lower: &'a str,
    cap: bool,
    made: bool,
    lang: Lang,
) -> Token<'a> {
    Token {
        kind: TokKind::Word,
        start,
        end,
        lower,
        made,
        cap,
        flags: entry.by_lang[lang as usize],
        cue: entry.cues[lang as usize],
    }
}

/// Splits a paragraph into tokens. Top-level quotations (depth 0) become single tokens.
pub fn tokenize<'a>(p: &'a str, quotes: &[QuoteSpan], lang: Lang, arena: &'a TokenArena) -> Vec<Token<'a>> {
    let mut out = Vec::with_capacity(p.len() / 5 + 4);
    let top: Vec<(usize, &QuoteSpan)> = quotes.iter().enumerate().filter(|(_, q)| q.depth == 0).collect();
    let mut qi = 0usize;
    let mut i = 0usize;
    while i < p.len() {
        if qi < top.len() && top[qi].1.open == i {
            let (idx, q) = top[qi];
            out.push(Token {
                kind: TokKind::Quote(u32::try_from(idx).unwrap_or(u32::MAX)),
                start: q.open,
                end: q.close.max(i + 1),
                lower: "",
                made: false,
                cap: false,
                flags: 0,
                cue: None,
            });
            i = q.close.max(i + 1);
            qi += 1;
            // skip quotes that started inside this one (cannot happen for depth 0, but be safe)
            while qi < top.len() && top[qi].1.open < i {
                qi += 1;
            }
            continue;
        }
        let byte = p.as_bytes()[i];
        // ASCII is classified by table; other characters are decoded
        let (c, len) = if byte.is_ascii() {
            let class = ASCII_CLASS[usize::from(byte)];
            if class & SPACE != 0 {
                i += 1;
                continue;
            }
            (char::from(byte), 1)
        } else {
            let Some(c) = p[i..].chars().next() else { break };
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            (c, c.len_utf8())
        };
        if c == '@' {
            // rule "a social-media handle is a name": “@maxmuster” is one capitalised word
            if let Some(j) = handle_end(p, i) {
                out.push(make_word(i, j, arena.keep(&p[i..j].to_lowercase()), true, true, lang));
                i = j;
                continue;
            }
        }
        if is_word_char(c) {
            let start = i;
            let next_quote = top.get(qi).map(|q| q.1.open);
            let (j, plain) = word_end(p, i, len, next_quote);
            push_word(p, start, j, lang, plain, arena, &mut out);
            i = j;
            continue;
        }
        out.push(Token {
            kind: TokKind::Punct(c),
            start: i,
            end: i + len,
            lower: "",
            made: false,
            cap: false,
            flags: 0,
            cue: None,
        });
        i += len;
    }
    out
}

/// The end of the word that starts at byte `start` with a character of `len` bytes, and whether
/// it is ASCII without capitals (its own lowercase form). Inner joiners continue a word when a
/// letter or digit follows and no quotation opens there (`next_quote`): it’s, Eva-Marie, U.S (the
/// final dot stays punctuation), 2.5.
#[inline]
fn word_end(p: &str, start: usize, len: usize, next_quote: Option<usize>) -> (usize, bool) {
    let mut j = start + len;
    let bytes = p.as_bytes();
    // ASCII without capitals so far: the word is its own lowercase form
    let byte = bytes[start];
    let mut plain = byte.is_ascii() && !byte.is_ascii_uppercase();
    while j < p.len() {
        // ASCII fast path: letters and digits continue the word, other ASCII but the
        // joiners ends it
        let b = bytes[j];
        if b.is_ascii() {
            let class = ASCII_CLASS[usize::from(b)];
            if class & ALNUM != 0 {
                plain &= class & UPPER == 0;
                j += 1;
                continue;
            }
            if class & JOINER == 0 {
                break;
            }
        } else {
            plain = false;
        }
        let Some(d) = p[j..].chars().next() else { break };
        if is_word_char(d) {
            j += d.len_utf8();
            continue;
        }
        // inner joiners: it’s, Eva-Marie, U.S (the final dot stays punctuation), 2.5
        if matches!(d, '’' | '\'' | '-' | '.' | '‑') {
            let after = j + d.len_utf8();
            if p[after..].chars().next().is_some_and(is_word_char) && next_quote != Some(j) {
                j = after;
                continue;
            }
            // (a French elision before a quotation mark keeps its apostrophe: “qu’« … »”)
            if matches!(d, '’' | '\'') && p[after..].trim_start_matches(' ').starts_with(['«', '“']) {
                j = after;
            }
            // rule "a plural possessive inside a name": “the Harbour Nurses’ Union” — the
            // apostrophe after a capitalised word's “s”, before a space and an organisation's
            // word, stays with the word (not an owner's: “Reuters’ Ada Lind”)
            let plural_possessive = matches!(d, '’' | '\'')
                && matches!(bytes.get(j.wrapping_sub(1)), Some(b's' | b'S'))
                && bytes[start].is_ascii_uppercase()
                && next_quote != Some(j)
                && p[after..].strip_prefix(' ').is_some_and(opens_with_org_word);
            if plural_possessive {
                j = after;
            }
        }
        break;
    }
    (j, plain)
}

/// Whether `rest` opens with a capitalised organisation word (“Union”, “Association”).
fn opens_with_org_word(rest: &str) -> bool {
    let word = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
    word.starts_with(char::is_uppercase) && flags_of(word) & flag::ORG != 0
}

/// Pushes the word `[start, end)`; in French split off elided prefixes (“l’Italie”) and
/// inverted pronouns (“a-t-elle”).
fn push_word<'a>(
    p: &'a str,
    start: usize,
    end: usize,
    lang: Lang,
    plain: bool,
    arena: &'a TokenArena,
    out: &mut Vec<Token<'a>>,
) {
    let mut start = start;
    if lang == Lang::Fr {
        // l’Italie -> l’ + Italie (as often as the word has elided prefixes: a loop, not recursion)
        loop {
            let s = &p[start..end];
            let Some(k) = s.find(['’', '\'']) else { break };
            let head = s[..k].to_lowercase();
            if flags_in(&head, Lang::Fr) & flag::ELISION == 0 || start + k + 1 >= end {
                break;
            }
            // “M’jid”, “N’Diaye” inside a sentence: a capitalised head is part of a name
            let mid_sentence = p[..start].trim_end().ends_with(|c: char| c.is_alphanumeric() || c == ',');
            if mid_sentence && s.starts_with(char::is_uppercase) {
                break;
            }
            let apo = s[k..].chars().next().map_or(1, char::len_utf8);
            // (the elided word keeps its classes: “l’” is an article, as “l” is)
            let mut word = make_word(
                start,
                start + k + apo,
                arena.keep(&format!("{head}’")),
                s.starts_with(char::is_uppercase),
                true,
                lang,
            );
            word.flags |= flags_in(&head, Lang::Fr);
            out.push(word);
            start += k + apo;
        }
        // a-t-elle -> a + elle ; prévient-il -> prévient + il
        let lower = p[start..end].to_lowercase();
        for suffix in ["-t-il", "-t-elle", "-t-ils", "-t-elles", "-t-on", "-il", "-elle", "-ils", "-elles"] {
            if lower.len() > suffix.len() && lower.ends_with(suffix) {
                let cut = end - suffix.len();
                out.push(word_token(p, start, cut, lang, plain, arena));
                let pro = suffix.trim_start_matches("-t").trim_start_matches('-');
                out.push(make_word(end - pro.len(), end, pro, false, false, lang));
                return;
            }
        }
    }
    if start < end {
        out.push(word_token(p, start, end, lang, plain, arena));
    }
}

/// Whether a word before a dot is an abbreviation, so that the dot ends no sentence: a listed
/// abbreviation, a word with inner dots, or one capital letter.
fn is_abbreviation(t: &Token, next: Option<&Token>) -> bool {
    // (an initial stands before a name, not before a function word: “… auf der Plattform X.
    // Jede Woche …”)
    let initial = t.lower.chars().count() == 1 && t.cap && !next.is_some_and(|n| n.has(flag::FUNC));
    t.is_word()
        && (t.has(flag::ABBREV)
            && (!t.has(flag::NUMBERED) || next.is_some_and(|n| n.lower.starts_with(|c: char| c.is_ascii_digit())))
            || t.lower.contains('.')
            || initial)
}

/// Whether the one-letter word at `k` is the platform X after a preposition or the word
/// “platform” (“wrote on X.”, „schrieb auf der Plattform X.“, « sur X. »), which ends a
/// sentence, not an initial.
fn platform_x(toks: &[Token], k: usize) -> bool {
    toks[k].lower == "x"
        && k > 0
        && matches!(toks[k - 1].lower, "on" | "auf" | "sur" | "via" | "bei" | "platform" | "plattform" | "plateforme")
}

/// A day of the month before an ordinal dot: "am 30. März".
fn is_day_number(t: &Token) -> bool {
    t.is_word() && t.lower.len() <= 2 && t.lower.bytes().all(|b| b.is_ascii_digit())
}

/// Splits tokens into sentences, as half-open token index ranges. A quotation never holds a break.
pub fn sentences(p: &str, toks: &[Token], quotes: &[QuoteSpan]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0usize;
    for i in 0..toks.len() {
        let t = &toks[i];
        let next = toks.get(i + 1);
        let brk = match t.kind {
            TokKind::Punct('.' | '!' | '?' | '…') => {
                // (a number opens a sentence after a plain word: „… eingesetzt. 71 Drohnen …“)
                let number_after_word = i > 0
                    && toks[i - 1].is_word()
                    && !toks[i - 1].cap
                    && toks[i - 1].lower.chars().count() >= 3
                    && !toks[i - 1].has(flag::ABBREV)
                    && !toks[i - 1].lower.contains('.')
                    && next.is_some_and(|n| n.is_word() && n.lower.starts_with(|c: char| c.is_ascii_digit()));
                (next.is_some_and(|n| n.cap || n.quote().is_some() || n.kind == TokKind::Punct('('))
                    || number_after_word)
                    && !(t.is_punct('.') && i > 0 && is_abbreviation(&toks[i - 1], next) && !platform_x(toks, i - 1))
                    && !(t.is_punct('.')
                        && i > 0
                        && is_day_number(&toks[i - 1])
                        && next.is_some_and(|n| n.has(flag::TIME)))
            }
            TokKind::Quote(q) => {
                let q = q as usize;
                let content = p[quotes[q].start..quotes[q].end].trim_end();
                quotes[q].closed
                    && content.ends_with(['.', '!', '?'])
                    && next.is_some_and(|n| n.cap || n.quote().is_some())
                    && !attribution_tail_follows(toks, i + 1)
            }
            _ => false,
        };
        if brk {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < toks.len() {
        out.push((start, toks.len()));
    }
    out
}

/// Whether the tokens from `i` look like "Name said." closing the previous quote (not “Dazu
/// sagte X: „…“”, where a colon introduces a quotation of its own).
fn attribution_tail_follows(toks: &[Token], i: usize) -> bool {
    // (a title's dot is no full stop: “…?” Mrs. Clinton asked.)
    let title_dot = |k: usize| {
        toks[k].kind == TokKind::Punct('.')
            && k > 0
            && toks[k - 1].kind == TokKind::Word
            && toks[k - 1].has(flag::ABBREV)
    };
    // (any verb in “-ed” right after a name or pronoun that ends the sentence: “…?” Hannity
    // pressed.)
    let named = toks
        .iter()
        .enumerate()
        .skip(i)
        .take(5)
        .take_while(|&(k, t)| t.kind == TokKind::Word && (t.cap || PronounKind::of(t.flags).is_some()) || title_dot(k))
        .count();
    if named > 0 {
        let v = toks.get(i + named);
        let ends = toks.get(i + named + 1).is_none_or(|n| matches!(n.kind, TokKind::Punct('.' | ',')));
        if v.is_some_and(|v| v.kind == TokKind::Word && !v.cap && v.lower.ends_with("ed") && v.lower.len() > 4) && ends
        {
            return true;
        }
    }
    for (k, t) in toks.iter().enumerate().skip(i).take(7) {
        match t.kind {
            TokKind::Punct('.') if title_dot(k) => {}
            TokKind::Punct('.' | ',' | '!' | '?') | TokKind::Quote(_) => return false,
            TokKind::Word if t.has(flag::TAIL_CUE) => {
                // (no tail when the cue opens a clause of its own after its subject: “His
                // office said he would …”, “… said that …”, or names a topic: “She also jokes
                // about being …”)
                let clause = k > i
                    && toks.get(k + 1).is_some_and(|n| {
                        n.kind == TokKind::Word
                            && (n.has(flag::COMPL)
                                || n.has(flag::DET)
                                || PronounKind::of(n.flags).is_some()
                                || n.lower == "about")
                    });
                return !clause && !toks.iter().skip(k + 1).take(4).any(|n| n.kind == TokKind::Punct(':'));
            }
            TokKind::Word | TokKind::Punct(_) => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::quotes::find_quotes;
    use super::*;

    fn sents(p: &str) -> Vec<String> {
        let q = find_quotes(p);
        let arena = TokenArena::new();
        let t = tokenize(p, &q, Lang::En, &arena);
        sentences(p, &t, &q).into_iter().map(|(a, b)| p[t[a].start..t[b - 1].end].to_owned()).collect()
    }

    #[test]
    fn a_quotation_ends_its_sentence_before_a_cue_that_opens_a_clause() {
        // (“His office said he …” is a sentence of its own; “Sessions said as he …” closes the quote)
        assert_eq!(sents("He would “never give up.” His office said he would accept it.").len(), 2);
        assert_eq!(sents("“We are proud of this vote.” Senator Ada Lind said as she opened the session.").len(), 1);
    }

    #[test]
    fn a_name_and_a_verb_after_a_question_or_exclamation_close_its_sentence() {
        assert_eq!(sents("“Would the port stay open?” Hannity pressed. The mayor nodded.").len(), 2);
        assert_eq!(sents("“This is outrageous!” she fumed.").len(), 1);
        assert_eq!(sents("“Why now?” Lind asked on Monday.").len(), 1);
    }

    #[test]
    fn the_platform_x_ends_a_sentence() {
        assert_eq!(sents("Er verteidigte das Blatt auf X. Es gehe um Aufklärung.").len(), 2);
        assert_eq!(sents("She wrote on X. Then she left.").len(), 2);
        // (an initial does not)
        assert_eq!(sents("Said Robert X. Smith today.").len(), 1);
        // (after “platform”, and before a function word)
        assert_eq!(sents("She wrote on the platform X. Every week counts.").len(), 2);
        assert_eq!(sents("Said Robert X. The vote is over.").len(), 2);
    }

    #[test]
    fn a_number_after_a_plain_word_s_full_stop_opens_a_sentence() {
        assert_eq!(sents("Russia launched 87 drones overnight. 71 drones were shot down.").len(), 2);
        // (not after an abbreviation or a capitalised word)
        assert_eq!(sents("See the report on p. 71 of the annex.").len(), 1);
    }

    #[test]
    fn a_plural_possessive_inside_a_name_keeps_its_apostrophe() {
        let p = "the Harbour Nurses’ Union and Reuters’ Ada Lind";
        let q = find_quotes(p);
        let arena = TokenArena::new();
        let words: Vec<&str> = tokenize(p, &q, Lang::En, &arena).iter().map(|t| &p[t.start..t.end]).collect();
        assert!(words.contains(&"Nurses’") && words.contains(&"Reuters"), "{words:?}");
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        let p = "Eva-Marie Persson’s U.S. plan";
        let arena = TokenArena::new();
        let t = tokenize(p, &[], Lang::En, &arena);
        let w: Vec<&str> = t.iter().map(|t| &p[t.start..t.end]).collect();
        assert_eq!(w, vec!["Eva-Marie", "Persson’s", "U.S", ".", "plan"]);
    }

    #[test]
    fn a_handle_is_one_capitalised_word_and_an_address_is_not() {
        let p = "@ina_berg_2 wrote to ina@hafen.de";
        let arena = TokenArena::new();
        let t = tokenize(p, &[], Lang::En, &arena);
        let w: Vec<(&str, bool)> = t.iter().map(|t| (&p[t.start..t.end], t.cap)).collect();
        assert_eq!(w[0], ("@ina_berg_2", true));
        assert!(w.iter().all(|(s, _)| !s.starts_with("@h")), "{w:?}");
    }

    #[test]
    fn a_french_elision_before_a_quotation_mark_keeps_its_apostrophe() {
        let p = "a jugé qu’« aucune option »";
        let q = find_quotes(p);
        let arena = TokenArena::new();
        let t = tokenize(p, &q, Lang::Fr, &arena);
        assert!(t.iter().any(|t| &p[t.start..t.end] == "qu’"), "{t:?}");
    }

    #[test]
    fn quote_is_one_token() {
        let p = "“Hello, world,” she said.";
        let q = find_quotes(p);
        let arena = TokenArena::new();
        let t = tokenize(p, &q, Lang::En, &arena);
        assert_eq!(t[0].quote(), Some(0));
        assert!(t[1].is("she"));
    }

    #[test]
    fn sentences_respect_abbreviations_and_quotes() {
        assert_eq!(sents("Mr. Smith said no. Ms. Jones agreed."), vec!["Mr. Smith said no.", "Ms. Jones agreed."]);
        assert_eq!(sents("“We are done.” Smith said."), vec!["“We are done.” Smith said."]);
        assert_eq!(
            sents("“It was set for Monday.” Trump announced that he will go."),
            vec!["“It was set for Monday.”", "Trump announced that he will go."]
        );
        // regression: a title's dot in the attribution after a question is no full stop
        assert_eq!(
            sents("“Why do we pay so little?” Mrs. Roe asked. The hall fell silent."),
            vec!["“Why do we pay so little?” Mrs. Roe asked.", "The hall fell silent."]
        );
        // regression: a cue that names a topic after the quotation starts a sentence of its own
        assert_eq!(
            sents("“It is time.” She also jokes about being a grandmother."),
            vec!["“It is time.”", "She also jokes about being a grandmother."]
        );
        assert_eq!(
            sents("Robert M. Danin spoke. The U.S. Senate voted."),
            vec!["Robert M. Danin spoke.", "The U.S. Senate voted."]
        );
    }

    #[test]
    fn french_elision_and_inversion() {
        let p = "« Elles menacent l’économie », a-t-elle estimé";
        let q = find_quotes(p);
        let arena = TokenArena::new();
        let t = tokenize(p, &q, Lang::Fr, &arena);
        let w: Vec<&str> = t.iter().map(|t| t.lower).collect();
        assert_eq!(w, vec!["", "", "a", "elle", "estimé"]);
        let arena = TokenArena::new();
        let t = tokenize("qu’outre-Rhin", &[], Lang::Fr, &arena);
        assert_eq!(t[0].lower, "qu’");
    }
}
