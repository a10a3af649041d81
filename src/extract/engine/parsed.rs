//! A parsed paragraph (its quotations, tokens, sentences and name candidates) and small token
//! tests over it.

use crate::extract::lexicon::{Lang, PronounKind, first_name_gender, flag, flags_of};
use crate::extract::quotes::QuoteSpan;
use crate::extract::tokens::{TokKind, Token};

/// A paragraph parsed once: its text, quotations, tokens, sentences and name candidates.
pub(super) struct Parsed<'t> {
    pub(super) base: usize,
    pub(super) s: &'t str,
    pub(super) quotes: Vec<QuoteSpan>,
    pub(super) toks: Vec<Token<'t>>,
    /// Sentences as token ranges, at most [`super::MAX_SENTENCE_TOKENS`] long.
    pub(super) sents: Vec<(usize, usize)>,
    /// Runs of capitalised words, the name candidates (none for headlines).
    pub(super) runs: Vec<(usize, usize)>,
}

/// English subordinators that open a sentence's adverbial clause (sorted): an attribution
/// after the clause's comma opens the main clause (“When it was put to her that …, Ellison
/// said …”). (German and French ones are the word lists' subordinators.)
const EN_SUBORDINATORS: [&str; 13] = [
    "after", "although", "asked", "because", "before", "once", "pressed", "though", "unless", "until", "when",
    "whereas", "while",
];

/// Whether token `t` is a personal pronoun of a person, no possessive (“he”, « il », „sie“).
pub(super) fn is_personal_pronoun(t: &Token<'_>) -> bool {
    t.is_word() && PronounKind::of(t.flags) == Some(PronounKind::Person) && !t.has(flag::POSSESSIVE)
}

/// Whether a clause opens at token `n` with a personal pronoun and its verb (an auxiliary, a
/// finite verb or a lowercase content word after it: “he smiled”, « il a souri »).
pub(super) fn opens_pronoun_clause(p: &Parsed<'_>, n: usize) -> bool {
    let verb = p.toks.get(n + 1).is_some_and(|t| {
        t.is_word()
            && (t.flags & (flag::AUX | flag::FINITE) != 0
                || !t.cap && t.flags & (flag::FUNC | flag::DET | flag::PREP | flag::CONJ) == 0)
    });
    p.toks.get(n).is_some_and(is_personal_pronoun) && verb
}

/// Whether the sentence starting at token `s` opens with an adverbial clause (a subordinator).
pub(super) fn opens_subordinate(p: &Parsed<'_>, s: usize, lang: Lang) -> bool {
    let t = &p.toks[s];
    t.is_word() && (t.has(flag::SUBORDINATOR) || lang == Lang::En && EN_SUBORDINATORS.binary_search(&t.lower).is_ok())
}

/// The participle opening the sentence that starts at `s`, when it opens with a participle
/// phrase: an English “-ing” form (“Speaking to reporters, …”), a French present participle,
/// maybe after « en » or an elided pronoun (« S’adressant aux salariés, … », « En visitant le
/// site, … »), followed by a lowercase word (not a name: “Boeing said …”).
pub(super) fn opening_participle(p: &Parsed<'_>, s: usize, lang: Lang) -> Option<usize> {
    let plain = |k: usize| p.toks.get(k).is_some_and(|t| t.is_word() && t.flags == 0 && t.cue.is_none());
    let k = match lang {
        Lang::En => s,
        Lang::Fr => {
            let clitic =
                |k: usize| p.toks.get(k).is_some_and(|t| t.is_word() && matches!(t.lower, "en" | "s’" | "s'" | "se"));
            (s..s + 3).find(|&k| !clitic(k) && p.toks.get(k).is_none_or(Token::is_word)).unwrap_or(s)
        }
        Lang::De => return None,
    };
    let ending = if lang == Lang::En { "ing" } else { "ant" };
    let lower_after = p.toks.get(k + 1).is_some_and(|t| t.is_word() && !t.cap);
    let form = plain(k) && p.toks[k].lower.len() > 5 && p.toks[k].lower.ends_with(ending);
    (form && lower_after).then_some(k)
}

/// Rule "a German compound cut at its hyphen shares the next one's head": when token `i` (before
/// `b`) is a capitalised word with a hyphen right after it, then „und“ or „oder“ and a
/// capitalised word („Industrie- und Handelskammer“, „Bau- oder Verkehrsministerium“), the end of
/// the three words and the hyphen; None otherwise.
pub(super) fn truncated_compound(p: &Parsed<'_>, i: usize, b: usize) -> Option<usize> {
    // (the cheap test first: this runs on every word of a phrase)
    let cut = p.toks.get(i + 1).is_some_and(|h| h.is_punct('-')) && i + 4 <= b;
    let t = &p.toks[i];
    (cut && t.is_word() && t.cap && crate::extract::names::is_compound_cut(&p.toks, i + 1)).then_some(i + 4)
}

/// Endings of German adjectives in the comparative (sorted): “-ischer”, “-licher”, “-iger”,
/// “-ender”, “-ener” (kritischer, deutlicher, vorsichtiger, zurückhaltender, gelassener).
const DE_COMPARATIVE_ENDINGS: [&str; 5] = ["ender", "ener", "iger", "ischer", "licher"];

/// Rule "a German comparative opening the sentence is no name": in „Zurückhaltender äußerte
/// sich Landrätin Ina Roth“, „Deutlicher wurde der Minister“ the one capitalised word at token
/// `a` before a lowercase verb is an adverb (a comparative of nine letters or more, no role or
/// organisation word, no first name), the subject following the verb.
pub(super) fn is_de_comparative_opening(p: &Parsed<'_>, a: usize) -> bool {
    let t = &p.toks[a];
    let opens = p.sentence_of(a).is_some_and(|k| p.sents[k].0 == a);
    let verb_after = p.toks.get(a + 1).is_some_and(|n| n.is_word() && !n.cap);
    opens
        && verb_after
        && t.is_word()
        && t.lower.chars().count() >= 9
        && t.flags & (flag::ROLE | flag::ORG) == 0
        && first_name_gender(t.lower) == 0
        && DE_COMPARATIVE_ENDINGS.iter().any(|e| t.lower.ends_with(e))
}

/// Whether the conjunction at token `k` joins a German compound cut at its hyphen to the next
/// one („des Bau- und Verkehrsministeriums“, [`truncated_compound`]; before `b`): one noun, no
/// coordination of two.
pub(super) fn in_truncated_compound(p: &Parsed<'_>, k: usize, b: usize) -> bool {
    k >= 2 && truncated_compound(p, k - 2, b).is_some()
}

/// Where the main clause of the sentence starting at `s` begins, before token `k`: after the
/// comma that closes an opening adverbial clause (before a capitalised word or an article:
/// “When Reed suggested that …, Price fired back: …”), else `s`.
pub(super) fn main_clause_start(p: &Parsed<'_>, s: usize, k: usize, lang: Lang) -> usize {
    if !opens_subordinate(p, s, lang) {
        return s;
    }
    let opens = |m: usize| p.toks.get(m).is_some_and(|t| t.is_word() && (t.cap || t.has(flag::DET)));
    (s + 1..k).find(|&m| p.punct(m, ',') && opens(m + 1)).map_or(s, |m| m + 1)
}

impl Parsed<'_> {
    /// The index in `sents` of the sentence holding token `i` (sentences are in order).
    pub(super) fn sentence_of(&self, i: usize) -> Option<usize> {
        let k = self.sents.partition_point(|&(_, e)| e <= i);
        self.sents.get(k).filter(|&&(s, _)| s <= i).map(|_| k)
    }
    /// The text of token `i`.
    pub(super) fn word(&self, i: usize) -> &str {
        &self.s[self.toks[i].start..self.toks[i].end]
    }
    /// Whether token `i` is a quotation.
    pub(super) fn is_quote(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.quote().is_some())
    }
    /// Whether token `i` is the punctuation mark `c`.
    pub(super) fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }
    /// Whether token `i` is a comma, or a quotation ending in one (“…,” in the English way).
    pub(super) fn ends_in_comma(&self, i: usize) -> bool {
        self.punct(i, ',') || self.quote_ends_with(i, &[','])
    }
    /// Whether token `i` is a quotation that ends its sentence inside its marks (“… win.”).
    pub(super) fn ends_in_stop(&self, i: usize) -> bool {
        self.quote_ends_with(i, &['.', '!', '?'])
    }
    /// Whether token `i` is a quotation whose words end in one of `marks`.
    fn quote_ends_with(&self, i: usize, marks: &[char]) -> bool {
        self.toks
            .get(i)
            .and_then(Token::quote)
            .is_some_and(|q| self.s[self.quotes[q].start..self.quotes[q].end].trim_end().ends_with(marks))
    }
    /// The number of words of quotation `q`, counted up to 16 (the rules compare it with
    /// smaller numbers; a long quotation is not read to its end).
    pub(super) fn quote_words(&self, q: usize) -> usize {
        self.s[self.quotes[q].start..self.quotes[q].end].split_whitespace().take(16).count()
    }
    /// Whether the tokens from `k` are the words `words` (lowercase; a straight apostrophe
    /// stands for a typographic one).
    pub(super) fn words_at(&self, k: usize, words: &[&str]) -> bool {
        let unify = |c: char| if c == '\'' { '’' } else { c };
        words.iter().enumerate().all(|(n, w)| {
            self.toks.get(k + n).is_some_and(|t| t.is_word() && t.lower.chars().map(unify).eq(w.chars().map(unify)))
        })
    }
}

/// Whether tokens look like a clause with a finite verb rather than a bare noun phrase.
pub(super) fn looks_like_clause(p: &Parsed<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        let t = &p.toks[k];
        t.is_word() && (t.has(flag::FINITE) || k > a && is_ed_past(t))
    })
}

/// Whether a word has the form of an English past in “-ed” (more than four letters: “argued”,
/// “warned”; not “bed”).
pub(super) fn is_ed_past(t: &Token<'_>) -> bool {
    t.lower.len() > 4 && t.lower.ends_with("ed")
}

/// Words that open an indirect question (lowercase, sorted).
pub(super) const QUESTION_OPENERS: [&str; 2] = ["ob", "whether"];

/// Rule "an indirect question is no statement": whether the clause `[lo, tb)` before a cue asks
/// rather than says — it opens with “whether” or „ob“ („Ob er kandidiere, ließ er offen“), or
/// with a short phrase and a comma before one („Auf die Frage, ob sie …, antwortete sie …“), and
/// the question runs to `tb` with no comma of its own (“Whether the deal passes, the strike will
/// go on, the union said” says something; so does “whether or not …”).
pub(super) fn is_indirect_question(p: &Parsed<'_>, lo: usize, tb: usize) -> bool {
    let opener = |k: usize| is_question_opener(p, k);
    let at = if lo < tb && opener(lo) {
        Some(lo)
    } else if lo < tb && p.toks[lo].is_word() && p.toks[lo].has(flag::PREP) {
        (lo + 1..tb.min(lo + 5)).find(|&k| p.punct(k, ',') && opener(k + 1)).map(|k| k + 1)
    } else {
        None
    };
    at.is_some_and(|q| !(q + 1..tb).any(|k| p.punct(k, ',')))
}

/// Whether token `k` opens an indirect question ([`QUESTION_OPENERS`], not “whether or not”).
fn is_question_opener(p: &Parsed<'_>, k: usize) -> bool {
    p.toks.get(k).is_some_and(|t| t.is_word() && QUESTION_OPENERS.binary_search(&t.lower).is_ok())
        && !p.toks.get(k + 1).is_some_and(|n| n.is("or"))
}

/// Whether the sentence `[s, e)` opens with an indirect question ([`is_indirect_question`]),
/// which ends at the first comma after its opener („Ob er kandidiere, ließ er offen.“).
pub(super) fn opens_with_indirect_question(p: &Parsed<'_>, s: usize, e: usize) -> bool {
    let opener = (s..e).find(|&k| is_question_opener(p, k)).unwrap_or(s);
    let end = (opener + 1..e).find(|&k| p.punct(k, ',')).unwrap_or(e);
    is_indirect_question(p, s, end)
}

/// Moves `end` back over closing punctuation, not below `start`.
pub(super) fn trim_punct(p: &Parsed<'_>, start: usize, mut end: usize) -> usize {
    while end > start && matches!(p.toks[end - 1].kind, TokKind::Punct('.' | ',' | ';' | ':' | '!' | '?')) {
        end -= 1;
    }
    end
}

/// Whether a quotation ends right before token `k`, directly or before a comma.
pub(super) fn quote_ends_at(p: &Parsed<'_>, s: usize, k: usize) -> bool {
    k > s && (closing_quote(p, s, k - 1) || k >= s + 2 && p.punct(k - 1, ',') && closing_quote(p, s, k - 2))
}

/// Whether token `k` is a quotation an attribution after it may close: no title after a word
/// (“In the programme “Newsnight” Lind said …”).
pub(super) fn closing_quote(p: &Parsed<'_>, s: usize, k: usize) -> bool {
    p.is_quote(k) && !is_title(p, s, k)
}

/// Whether a word makes the quotation after it a label or a title: a fragment marker (“so-called”,
/// “the programme”), also as the last part of a German compound („ARD-Sendung“, „Tageszeitung“).
pub(super) fn is_label_marker(t: &Token<'_>) -> bool {
    t.is_word()
        && (t.has(flag::FRAGMENT)
            || t.lower.len() > 6
                && t.lower.char_indices().skip(2).any(|(i, _)| {
                    let tail = t.lower[i..].trim_start_matches('-');
                    tail.len() >= 5 && flags_of(tail) & flag::FRAGMENT != 0
                }))
}

/// English participles of a label verb that name a thing after its noun (“a class called
/// “Perception””) (sorted).
const EN_NAMING_PARTICIPLES: [&str; 5] = ["branded", "called", "labeled", "labelled", "termed"];

/// Rule "a thing called “…” is named, not characterised" (English): at token `i`, a participle
/// of [`EN_NAMING_PARTICIPLES`] right before a quotation (or “the” and one) after a plain noun of
/// a phrase with an article (“a group called the “…””): the quotation is its name, and the
/// participle no cue. A role noun (“the mayor called “…””) or a name before it makes it a verb.
pub(super) fn names_a_thing(p: &Parsed<'_>, i: usize) -> bool {
    let t = &p.toks[i];
    if !t.is_word() || t.cap || EN_NAMING_PARTICIPLES.binary_search(&t.lower).is_err() || i < 2 {
        return false;
    }
    let quote_next = p.is_quote(i + 1) || p.toks.get(i + 1).is_some_and(|n| n.is("the")) && p.is_quote(i + 2);
    let noun = &p.toks[i - 1];
    let word = noun.is_word() && !noun.cap && noun.cue.is_none() && noun.flags & (flag::FUNC | flag::AUX) == 0;
    let article = (i.saturating_sub(4)..i - 1).any(|k| p.toks[k].is_word() && p.toks[k].flags & flag::DET != 0);
    // (an organisation may call something so, but not “a group” right after its article)
    let indefinite = p.toks[i - 2].is("a") || p.toks[i - 2].is("an");
    let speaker_like = flag::ROLE | flag::ORG | flag::PRON_PERSON | flag::PRON_GROUP;
    quote_next && word && article && (indefinite && noun.flags & flag::ROLE == 0 || noun.flags & speaker_like == 0)
}

/// German prepositions that open the object of a verb of saying (sorted): „sprach von“, „warnte
/// vor“, „bezeichnete als“.
const DE_OBJECT_PREPOSITIONS: [&str; 10] = ["als", "für", "gegen", "mit", "vom", "von", "vor", "zu", "zum", "über"];

/// Whether the quotation token `k` (of the sentence starting at `s`) is a name or title after a
/// word (“told “Newsday””, „In der Sendung „Hart aber fair““): at most five words without
/// closing punctuation after a media noun, else a name ([`is_name`]).
pub(super) fn is_title(p: &Parsed<'_>, s: usize, k: usize) -> bool {
    let Some(q) = p.toks[k].quote() else { return false };
    if !(k > s && p.toks[k - 1].is_word()) {
        return false;
    }
    let short = is_short_quote(p, q);
    let named = names_a_thing(p, k - 1) || k >= s + 2 && p.toks[k - 1].is("the") && names_a_thing(p, k - 2);
    // (German capitalises its nouns: a quoted noun right after a preposition is the object of
    // its verb, no name: „sprach von „Piraterie““, „warnte vor „Chaos““)
    let de_object = DE_OBJECT_PREPOSITIONS.binary_search(&p.toks[k - 1].lower).is_ok() && !p.toks[k - 1].cap;
    is_name(p, q) && !de_object || short && (is_label_marker(&p.toks[k - 1]) || named) || org_kind_before(p, s, k)
}

/// Rule "an American party-and-state tag after a name": the tokens `[a, b)` are a tag such as
/// “D-Maine”, “R-Okla.” or “I-Vt.” (a party's letter — Democrat, Republican, Independent — a
/// hyphen and a state's name or abbreviation, maybe with its dot), which stands between commas
/// after a senator's or representative's name: “Sen. Ada Brill, R-Okla., who …, said”.
pub(super) fn is_party_state_tag(p: &Parsed<'_>, a: usize, b: usize) -> bool {
    let Some(t) = p.toks.get(a).filter(|t| t.is_word() && t.cap) else { return false };
    let word = &p.s[t.start..t.end];
    let Some((party, state)) = word.split_once('-') else { return false };
    let state_ok = state.len() >= 2
        && state.starts_with(|c: char| c.is_ascii_uppercase())
        && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.');
    let dot = b == a + 2 && p.punct(a + 1, '.');
    matches!(party, "D" | "R" | "I") && state_ok && (b == a + 1 || dot)
}

/// Rule "an organisation's name in quotation marks after its kind": at the quotation token `k`
/// (of the sentence starting at `s`), an organisation word with its article before it names the
/// organisation the quotation is the name of (« le collectif « Port a soif » », „die Initiative
/// „Hafen für alle““, “the group “Parents for Ports””), no one's words.
pub(super) fn org_kind_before(p: &Parsed<'_>, s: usize, k: usize) -> bool {
    let Some(kind) = k.checked_sub(1).and_then(|m| p.toks.get(m)) else { return false };
    let article = |t: &Token<'_>| t.is_word() && t.flags & (flag::DET | flag::INDEF) != 0;
    // (the article may be elided and glued to the noun: « l'association »)
    let noun = crate::extract::names::strip_elision(kind.lower);
    let elided = noun.len() < kind.lower.len();
    if !kind.is_word() || flags_of(noun) & flag::ORG == 0 {
        return false;
    }
    // (German capitalises the noun, „die Initiative“; a headline in capitals is no phrase)
    let after_article = || k >= s + 2 && article(&p.toks[k - 2]) && !p.word(k - 1).chars().all(|c| !c.is_lowercase());
    // (a name is short and no sentence: “the court “suggests the email was found …”” quotes)
    let short = p.toks[k].quote().is_some_and(|q| is_short_quote(p, q));
    short && (elided && !kind.cap || after_article())
}

/// Whether quotation `q` is short enough for a name or title: at most five words, without the
/// punctuation that closes a sentence or a clause.
fn is_short_quote(p: &Parsed<'_>, q: usize) -> bool {
    let content = p.s[p.quotes[q].start..p.quotes[q].end].trim();
    content.split_whitespace().nth(5).is_none() && !content.ends_with(['.', '!', '?', ',', ';', '…'])
}

/// Whether a quotation is a name inside the sentence (“die Nachrichtenagentur „Wafa“”, “told
/// “Newsday””, “Plan 2030”): at most four words, all capitalised or numbers, without closing
/// punctuation.
pub(super) fn is_name(p: &Parsed<'_>, q: usize) -> bool {
    let content = p.s[p.quotes[q].start..p.quotes[q].end].trim();
    // (a fifth word is enough to say no)
    let words: Vec<&str> = content.split_whitespace().take(5).collect();
    let cap = |w: &&str| w.starts_with(char::is_uppercase);
    // (a particle inside: “Times of Israel”, « Le Journal du Dimanche »)
    let particle = |w: &&str| matches!(*w, "of" | "the" | "de" | "du" | "des" | "la" | "le" | "der" | "die" | "von");
    // (a number inside or at the end: “Plan 2030”, „Agenda 2010“)
    let number = |w: &&str| w.chars().all(|c| c.is_ascii_digit());
    (1..=4).contains(&words.len())
        && words.first().is_some_and(cap)
        && words.last().is_some_and(|w| cap(w) || number(w) && words.len() > 1)
        && words.iter().all(|w| cap(w) || particle(w) || number(w))
        && !content.ends_with(['.', '!', '?', ',', ';', '…'])
}

/// Small English words a title in Title Case leaves in lowercase (sorted).
const TITLE_SMALL_WORDS: [&str; 14] =
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with"];

/// Rule "a quotation in Title Case is a title" (English): “The Quiet Collapse of the Local
/// Newspaper”, “Why We Stopped Trusting Weather Apps,” — three words or more, all capitalised
/// but the small words of [`TITLE_SMALL_WORDS`], no full stop, question or exclamation mark.
pub(super) fn is_title_case(p: &Parsed<'_>, q: usize) -> bool {
    let content = p.s[p.quotes[q].start..p.quotes[q].end].trim().trim_end_matches(',');
    if content.ends_with(['…', ':']) {
        return false;
    }
    let cap = |w: &str| w.starts_with(char::is_uppercase);
    // (the words one by one, so that a long quotation's second word ends the test)
    let (mut words, mut capitalised) = (0usize, 0usize);
    for w in content.split_whitespace() {
        words += 1;
        if words > 12 {
            return false;
        }
        if cap(w) {
            capitalised += 1;
        } else if words == 1 || TITLE_SMALL_WORDS.binary_search(&w).is_err() {
            return false;
        }
    }
    // (not words in capitals: “EUROPEANS ASK …”; not sentences: “Like Oakland. Or Ferguson”)
    words >= 3
        && capitalised >= 3
        && content.chars().any(char::is_lowercase)
        && memchr::memchr3(b'.', b'!', b'?', content.as_bytes()).is_none()
}

/// Whether the quotation at token `k` is followed by a publisher in parentheses: “…” (Northern
/// Review) — a title.
pub(super) fn has_publisher_after(p: &Parsed<'_>, k: usize) -> bool {
    p.punct(k + 1, '(')
        && p.toks.get(k + 2).is_some_and(|t| t.is_word() && t.cap)
        && (k + 2..p.toks.len().min(k + 7)).any(|m| p.punct(m, ')'))
}

/// Whether the phrase `[a, b)` is a time only (“Tuesday”, “am Montag”): no speaker, no subject.
pub(super) fn is_time(p: &Parsed<'_>, a: usize, b: usize) -> bool {
    (a..b).all(|k| p.toks[k].has(crate::extract::lexicon::flag::TIME))
}

/// Whether the tokens `[from, e)` are all punctuation.
pub(super) fn rest_is_punct(p: &Parsed<'_>, from: usize, e: usize) -> bool {
    (from..e).all(|k| matches!(p.toks[k].kind, TokKind::Punct(_)))
}

/// Where a clause before an attribution may start: after the last clause or quote attribution.
pub(super) fn clause_floor(p: &Parsed<'_>, s: usize, t: usize, clauses: &[(usize, usize)]) -> usize {
    let mut lo = s;
    for &(_, b) in clauses {
        if b <= t && b > lo {
            lo = b;
        }
    }
    while lo < t && matches!(p.toks[lo].kind, TokKind::Punct(_)) {
        lo += 1;
    }
    lo
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes::find_quotes;
    use crate::extract::tokens::{TokenArena, sentences, tokenize};

    #[test]
    fn comparative_endings_are_sorted() {
        assert!(super::DE_COMPARATIVE_ENDINGS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn question_openers_are_sorted() {
        assert!(super::QUESTION_OPENERS.windows(2).all(|w| w[0] < w[1]));
    }

    fn check(s: &str, f: impl FnOnce(&Parsed<'_>)) {
        let arena = TokenArena::new();
        let quotes = find_quotes(s);
        let toks = tokenize(s, &quotes, Lang::En, &arena);
        let sents = sentences(s, &toks, &quotes);
        f(&Parsed { base: 0, s, quotes, toks, sents, runs: Vec::new() });
    }

    #[test]
    fn subordinators_are_sorted() {
        assert!(EN_SUBORDINATORS.windows(2).all(|w| w[0] < w[1]));
        assert!(EN_NAMING_PARTICIPLES.windows(2).all(|w| w[0] < w[1]));
        assert!(DE_OBJECT_PREPOSITIONS.windows(2).all(|w| w[0] < w[1]));
        assert!(TITLE_SMALL_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_thing_called_something_is_named_not_characterised() {
        let v = super::super::tests::run(
            "Port\nThe pier was shut.\n\nAda Lind founded a group called the “Harbour Friends” in May. Omar Daly \
             backed a plan called “Ferries First”. The mayor called the plan “reckless”.\n",
        );
        assert!(!v.iter().any(|(_, _, t)| t.contains("Harbour Friends") || t.contains("Ferries First")), "{v:?}");
        // (after a role noun it is a verb: the mayor characterises)
        assert!(v.iter().any(|(_, s, t)| s == "mayor" && t == "reckless"), "{v:?}");
    }

    #[test]
    fn a_quotation_after_the_main_clause_s_colon_is_its_subject_s() {
        let v = super::super::tests::run(
            "Port\nThe pier was shut.\n\nWhen Omar Daly suggested that the town would sue, Ada Lind fired back: \
             “If they sue us, they will lose.”\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Omar Daly" && t == "the town would sue"), "{v:?}");
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "If they sue us, they will lose."), "{v:?}");
    }

    #[test]
    fn token_tests() {
        check("“Go now,” the fees are set.", |p| {
            assert!(p.is_quote(0) && !p.punct(1, ',') && p.punct(5, '.'));
            assert_eq!(p.quote_words(0), 2);
            assert_eq!(p.word(1), "the");
            assert!(looks_like_clause(p, 1, 5) && !looks_like_clause(p, 1, 3));
            assert_eq!(trim_punct(p, 0, p.toks.len()), p.toks.len() - 1);
            assert!(quote_ends_at(p, 0, 1) && rest_is_punct(p, 5, p.toks.len()));
            assert_eq!(clause_floor(p, 0, 4, &[(0, 2)]), 2);
        });
    }

    #[test]
    fn party_and_state_tags_are_told_from_other_hyphenated_words() {
        // tokens: Brill , D-Maine , R-Okla . , T-Mobile , X-Ray , I-Vt .
        check("Brill, D-Maine, R-Okla., T-Mobile, X-Ray, I-Vt.", |p| {
            assert!(is_party_state_tag(p, 2, 3) && is_party_state_tag(p, 4, 6) && is_party_state_tag(p, 11, 13));
            assert!(!is_party_state_tag(p, 7, 8) && !is_party_state_tag(p, 9, 10) && !is_party_state_tag(p, 0, 1));
        });
    }

    #[test]
    fn a_quotation_after_an_initiative_is_its_name() {
        let v = super::super::tests::run(
            "Hafen\n\nIna Roth, Sprecherin der Bürgerinitiative „Rettet den Hafen“, überreichte dem Bürgermeister \
             einen Ordner. „Der Hafen ist kein Luxus“, sagte die 54-Jährige.\n",
        );
        assert_eq!(
            v,
            [(crate::model::StatementKind::Quote, "Ina Roth".to_owned(), "Der Hafen ist kein Luxus".to_owned())]
        );
    }
}
