//! The attribution engine: finds cues, speakers, quotes and reported clauses sentence by sentence.
//!
//! Works on one document at a time, paragraph by paragraph, keeping only the little state a reader
//! keeps: who spoke last (for pronouns and unattributed follow-up quotes) and the names seen so far.

use super::items::{Para, RawItem};
use super::lexicon::{CueKind, CueWord, Lang, PronounKind, cue_trait, flag, flags_of, has_flag};
use super::names::{NameIndex, SplitName, capitalised_runs, is_possessive, split_phrase};
use super::quotes::{QuoteSpan, find_quotes};
use super::tokens::{TokKind, Token, TokenArena, sentences, tokenize};
use std::rc::Rc;

use crate::model::StatementKind;

/// A statement with byte offsets, before conversion to the model.
#[derive(Debug, Clone, PartialEq)]
pub struct RawStatement {
    /// Quote or position.
    pub kind: StatementKind,
    /// Resolved speaker.
    pub speaker: String,
    /// Role of the speaker.
    pub role: String,
    /// Cue word or phrase.
    pub cue: String,
    /// Start byte in the document text.
    pub start: usize,
    /// End byte in the document text.
    pub end: usize,
    /// Confidence 0..1.
    pub confidence: f32,
}

/// A name seen in the first pass, kept for the second.
struct NameCandidate {
    pos: usize,
    name: String,
    role: String,
    person: bool,
    crossed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Speaker {
    /// Shared: speakers are copied into every statement, attribution and antecedent slot.
    name: Rc<str>,
    role: Rc<str>,
    kind: PronounKind,
}

/// What one sentence's cues have found so far.
#[derive(Default)]
struct SentenceState {
    /// Quotations a cue has taken (indices into the paragraph's quotes).
    claimed: Vec<usize>,
    /// Reported clauses emitted, as token ranges.
    clauses: Vec<(usize, usize)>,
    /// The attributions made, in the order of their cues.
    attributed: Vec<Attribution>,
}

/// A cue with the speaker it was attributed to.
#[derive(Debug, Clone)]
struct Attribution {
    /// Index of the cue token.
    cue: usize,
    /// The speaker.
    speaker: Speaker,
    /// The cue as written.
    cue_text: String,
}

/// Who spoke last, as a reader keeps it: the antecedents of pronouns and of quotes that follow
/// without a cue. Cloned to try a rule and restored when the rule fails.
#[derive(Debug, Clone, Default)]
struct Antecedents {
    /// The last person a statement was attributed to.
    person: Option<Speaker>,
    /// Where the last named person was mentioned as a speaker (byte offset in the text).
    person_pos: usize,
    /// The last organisation a statement was attributed to.
    org: Option<Speaker>,
    /// The last group a statement was attributed to.
    group: Option<Speaker>,
    /// The last statement's speaker and cue.
    statement: Option<(Speaker, String)>,
}

impl Antecedents {
    /// Restores the last person and the last statement from `saved`, keeping the rest.
    fn restore_speakers(&mut self, saved: Self) {
        self.person = saved.person;
        self.statement = saved.statement;
    }
}

struct P<'t> {
    base: usize,
    s: &'t str,
    quotes: Vec<QuoteSpan>,
    toks: Vec<Token<'t>>,
    /// Sentences as token ranges, at most [`MAX_SENTENCE_TOKENS`] long.
    sents: Vec<(usize, usize)>,
    /// Runs of capitalised words, the name candidates (none for headlines).
    runs: Vec<(usize, usize)>,
}

impl P<'_> {
    fn word(&self, i: usize) -> &str {
        &self.s[self.toks[i].start..self.toks[i].end]
    }
    fn is_quote(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.quote().is_some())
    }
    fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }
    fn quote_words(&self, q: usize) -> usize {
        self.s[self.quotes[q].start..self.quotes[q].end].split_whitespace().count()
    }
}

/// Extracts the statements of a text whose paragraphs and items are known.
pub struct Engine<'a> {
    text: &'a str,
    /// Lowercase forms of the document's words that differ from their text.
    arena: &'a TokenArena,
    lang: Lang,
    names: NameIndex,
    /// Who spoke last: the antecedents of pronouns and follow-up quotes.
    ante: Antecedents,
    subject_mentions: Vec<(usize, Speaker)>,
    recency: super::lexicon::FastMap<Rc<str>, usize>,
    /// [`split_phrase`] results by the text of the phrase: names repeat, so most are looked up.
    split_cache: super::lexicon::FastMap<&'a str, std::rc::Rc<SplitName>>,
    emitted: std::collections::HashSet<(usize, usize, bool), std::hash::BuildHasherDefault<super::lexicon::WordHasher>>,
    quotes_only: bool,
    lowercase_words: super::lexicon::FastSet<&'a str>,
    clock: usize,
    out: Vec<RawStatement>,
}

impl<'a> Engine<'a> {
    /// Prepares an engine for `text` in `lang`.
    pub fn new(text: &'a str, lang: Lang, arena: &'a TokenArena) -> Self {
        Self {
            text,
            arena,
            lang,
            names: NameIndex::default(),
            ante: Antecedents::default(),
            subject_mentions: Vec::new(),
            recency: super::lexicon::FastMap::default(),
            split_cache: super::lexicon::FastMap::default(),
            emitted: std::collections::HashSet::default(),
            quotes_only: false,
            lowercase_words: super::lexicon::FastSet::default(),
            clock: 0,
            out: Vec::new(),
        }
    }

    fn para(&self, para: &Para) -> P<'a> {
        let s = &self.text[para.start..para.end];
        let quotes = find_quotes(s);
        let toks = tokenize(s, &quotes, self.lang, self.arena);
        let sents = bounded(sentences(s, &toks, &quotes));
        // names come from the body, and from headlines written as sentences (live-blog entries),
        // not from Title Case headlines ("Trump's Favorite TV Doctor Has A Basketful")
        let runs = if para.headline && title_case(&toks) { Vec::new() } else { capitalised_runs(&toks) };
        P { base: para.start, s, quotes, toks, sents, runs }
    }

    /// Runs the whole extraction and returns the statements in document order.
    pub fn run(mut self, paras: &[Para], items: &[RawItem]) -> Vec<RawStatement> {
        let parsed: Vec<P<'a>> = paras.iter().map(|p| self.para(p)).collect();
        // words that occur in lowercase are not names when capitalised at a sentence start: find
        // which words opening a capitalised run also occur in lowercase somewhere
        let mut openers: super::lexicon::FastSet<&str> = super::lexicon::FastSet::default();
        let mut filter = [0u64; 16];
        let bit = |w: &str| (w.len() * 31 + w.as_bytes().first().map_or(0, |&b| usize::from(b))) % 1024;
        for p in &parsed {
            for &(a, _) in &p.runs {
                let w: &str = p.toks[a].lower;
                let b = bit(w);
                filter[b / 64] |= 1 << (b % 64);
                openers.insert(w);
            }
        }
        for p in &parsed {
            for t in &p.toks {
                if let (TokKind::Word, false, false) = (t.kind, t.cap, t.made) {
                    let w = t.lower;
                    let b = bit(w);
                    if filter[b / 64] & (1 << (b % 64)) != 0 && openers.contains(w) {
                        self.lowercase_words.insert(w);
                    }
                }
            }
        }
        let mut cands = Vec::new();
        for p in &parsed {
            cands.push(self.index_names(p));
        }
        for c in cands {
            self.subject_mentions_of(c);
        }
        let mut list_speaker: Option<(Speaker, String)> = None;
        let mut pending_heads: Vec<usize> = Vec::new();
        for item in items {
            let first_out = self.out.len();
            let mut prev_para_had: Option<Speaker> = None;
            let mut prev_open_quote: Option<Speaker> = None;
            for pi in item.first_para..item.end_para {
                let para = &paras[pi];
                let p = &parsed[pi];
                if para.headline {
                    pending_heads.push(pi);
                    continue;
                }
                if para.list {
                    if let Some((sp, cue_text)) = &list_speaker {
                        let (a, b) = (p.base, p.base + p.s.trim_end_matches(['.', ';', ',']).len());
                        self.emit(StatementKind::Position, sp.clone(), cue_text, a, b, 0.6);
                        continue;
                    }
                } else {
                    list_speaker = None;
                }
                let before = self.out.len();
                let ended_with_list = self.paragraph(p, prev_para_had.as_ref(), prev_open_quote.as_ref());
                if let Some(ls) = ended_with_list {
                    list_speaker = Some(ls);
                }
                prev_para_had =
                    if self.out.len() > before { self.ante.statement.as_ref().map(|(s, _)| s.clone()) } else { None };
                prev_open_quote = p
                    .quotes
                    .iter()
                    .rev()
                    .find(|q| q.depth == 0)
                    .filter(|q| !q.closed)
                    .and_then(|_| self.ante.statement.as_ref().map(|(s, _)| s.clone()));
            }
            // headlines of this item, once its body is known
            let heads = std::mem::take(&mut pending_heads);
            for pi in heads {
                self.headline(&parsed[pi], first_out);
            }
        }
        self.resolve_headline_quotes(&parsed, paras);
        self.fill_roles();
        self.out.sort_by_key(|s| (s.start, s.end));
        self.out
    }

    // ---- names -------------------------------------------------------------------------------

    /// First pass over a paragraph: registers the names it gives (with roles) and returns the
    /// candidates for [`Self::subject_mentions_of`].
    fn index_names(&mut self, p: &P<'a>) -> Vec<NameCandidate> {
        let mut sent_starts = p.sents.iter().map(|&(a, _)| a).peekable();
        let mut crossed = false;
        let mut out = Vec::new();
        for &(a0, b) in &p.runs {
            let mut a = a0;
            while let Some(&st) = sent_starts.peek() {
                if st <= a {
                    crossed = true;
                    sent_starts.next();
                } else {
                    break;
                }
            }
            while a < b
                && (p.toks[a].cue.is_some()
                    || self.lowercase_words.contains(p.toks[a].lower)
                        && !p.toks[a].has(flag::ROLE)
                        && self.lang != Lang::De)
            {
                a += 1;
            }
            if a >= b {
                continue;
            }
            // extend left over lowercase role modifiers ("top EU diplomat …")
            let mut a2 = a;
            while a2 > 0
                && p.toks[a2 - 1].is_word()
                && (p.toks[a2 - 1].has(flag::MODIFIER) || p.toks[a2 - 1].has(flag::ROLE))
            {
                a2 -= 1;
            }
            // a lone capitalised word with nothing around it: "Trump", "Reuters"
            if a2 == a
                && b == a + 1
                && !p.punct(b, ',')
                && !(a >= 1 && p.punct(a - 1, ','))
                && !p.toks[a].has(flag::ROLE)
            {
                let name = p.word(a);
                let pos = p.base + p.toks[a].start;
                let multi = self.names.is_multiword(name);
                if multi {
                    self.names.add_at(name, "", pos);
                }
                let org = p.toks[a].has(flag::ORG) || super::names::is_acronym(name);
                let after_prep = a > 0 && p.toks[a - 1].is_word() && p.toks[a - 1].has(flag::PREP);
                let det_before = a > 0 && p.toks[a - 1].has(flag::DET | flag::INDEF);
                out.push(NameCandidate {
                    pos,
                    name: name.to_owned(),
                    role: String::new(),
                    person: !org && !after_prep && !det_before,
                    crossed,
                });
                crossed = false;
                continue;
            }
            let sp = self.split_span(p, a2, b);
            if sp.name.is_empty() || sp.name.split_whitespace().all(|w| flags_of(w) & flag::ROLE != 0) {
                continue;
            }
            let apos = self.appositive_role(p, b);
            let role = if apos.is_empty() {
                sp.role.clone()
            } else if sp.role.is_empty() || sp.role.split_whitespace().count() <= 1 {
                apos
            } else {
                sp.role.clone()
            };
            let mut role = clean_role(&role);
            if role.is_empty() && a2 >= 2 && p.punct(a2 - 1, ',') {
                if let Some((ra, rb)) = self.np_before(p, 0, a2 - 1) {
                    let before = self.split_span(p, ra, rb);
                    if before.name.is_empty() && !before.role.is_empty() && (ra..rb).any(|k| p.toks[k].has(flag::ROLE))
                    {
                        role = clean_role(&before.role);
                    }
                }
            }
            let pos = p.base + p.toks[a].start;
            if !role.is_empty() || self.names.is_multiword(&sp.name) {
                self.names.add_at(&sp.name, &role, pos);
            }
            let after_prep = a2 > 0 && p.toks[a2 - 1].is_word() && p.toks[a2 - 1].has(flag::PREP);
            out.push(NameCandidate {
                pos,
                name: sp.name.clone(),
                role,
                person: !sp.org && !sp.indefinite && !after_prep,
                crossed,
            });
            crossed = false;
        }
        out
    }

    /// Second pass, once every name is known: the first plausible name of each sentence is a
    /// subject mention, an antecedent for "he" and "she".
    fn subject_mentions_of(&mut self, cands: Vec<NameCandidate>) {
        let mut subject_free = false;
        for c in cands {
            if c.crossed {
                subject_free = true;
            }
            let plausible = !c.role.is_empty() || self.names.is_multiword(&c.name);
            if plausible {
                let subject = subject_free;
                subject_free = false;
                if subject && c.person {
                    self.subject_mentions
                        .push((c.pos, Speaker { name: c.name.into(), role: c.role.into(), kind: PronounKind::Person }));
                }
            }
        }
    }

    /// The role given after a name: `, executive vice president of X,` / `, Wahlkampfleiter der AfD,`.
    fn appositive_role(&self, p: &P<'a>, b: usize) -> String {
        if !p.punct(b, ',') {
            return String::new();
        }
        let mut e = b + 1;
        while e < p.toks.len()
            && !matches!(p.toks[e].kind, TokKind::Punct(',' | '.' | ';' | ':' | '(' | ')') | TokKind::Quote(_))
            && e - b < 20
        {
            if let Some(c) = p.toks[e].cue {
                if c.kind != CueKind::SourcePrefix {
                    return String::new();
                }
            }
            e += 1;
        }
        if e == b + 1 {
            return String::new();
        }
        let first: &str = p.toks[b + 1].lower;
        if p.toks[b + 1].has(flag::CLAUSE_OPENER) {
            return String::new();
        }
        let has_role = (b + 1..e).take(5).any(|i| p.toks[i].has(flag::ROLE));
        let starts_ok = has_flag(first, flag::DET) || !p.toks[b + 1].cap || has_flag(first, flag::ROLE);
        if has_role && (starts_ok || self.lang == Lang::De) {
            let det = if has_flag(first, flag::DET) { b + 2 } else { b + 1 };
            if det >= e {
                return String::new();
            }
            p.s[p.toks[det].start..p.toks[e - 1].end].to_owned()
        } else {
            String::new()
        }
    }

    /// Splits the speaker phrase of tokens `[a, b)` into role and name, once per distinct text.
    fn split_span(&mut self, p: &P<'a>, a: usize, b: usize) -> std::rc::Rc<SplitName> {
        if a >= b {
            return std::rc::Rc::new(SplitName::default());
        }
        let key: &'a str = &p.s[p.toks[a].start..p.toks[b - 1].end];
        if let Some(sp) = self.split_cache.get(key) {
            return std::rc::Rc::clone(sp);
        }
        let sp = std::rc::Rc::new(split_phrase(&self.np_words(p, a, b)));
        if self.split_cache.len() < 100_000 {
            self.split_cache.insert(key, std::rc::Rc::clone(&sp));
        }
        sp
    }

    fn np_words<'p>(&self, p: &'p P<'_>, a: usize, b: usize) -> Vec<&'p str> {
        let mut out: Vec<&'p str> = Vec::new();
        let mut i = a;
        while i < b {
            let t = &p.toks[i];
            if t.is_punct('.') && !out.is_empty() {
                // glue an initial's dot: "M" + "." -> "M."
                let prev_start = p.toks[i - 1].start;
                out.pop();
                out.push(&p.s[prev_start..t.end]);
            } else if t.is_word() {
                out.push(&p.s[t.start..t.end]);
            } else if let Some(q) = t.quote() {
                out.push(&p.s[p.quotes[q].start..p.quotes[q].end]);
            }
            i += 1;
        }
        out
    }

    // ---- noun phrases -------------------------------------------------------------------------

    fn np_token(&self, t: &Token) -> bool {
        t.is_word()
            && ((t.cap && !t.has(flag::FUNC)) || t.has(flag::ROLE) || t.has(flag::MODIFIER) || t.has(flag::ORG))
            && t.cue.is_none_or(|c| t.cap && c.kind != CueKind::SourcePrefix)
    }

    /// The speaker phrase that ends right before token `idx` (not reaching before `lo`).
    fn np_before(&self, p: &P<'a>, lo: usize, idx: usize) -> Option<(usize, usize)> {
        if idx <= lo {
            return None;
        }
        let last = &p.toks[idx - 1];
        if last.is_word() && PronounKind::of(last.flags).is_some() {
            return Some((idx - 1, idx));
        }
        let mut j = idx;
        while j > lo {
            let t = &p.toks[j - 1];
            if t.is_word() {
                let genitive = t.has(flag::PARTICLE_OF) && j >= 2 && j - 1 > lo && p.toks[j - 2].has(flag::ROLE);
                if t.has(flag::DET) && j < idx && !genitive {
                    j -= 1;
                    break;
                }
                let fr_adjective = self.lang == Lang::Fr
                    && !t.cap
                    && j >= 2
                    && j - 1 > lo
                    && p.toks[j - 2].cap
                    && !p.toks[j - 2].has(flag::FUNC)
                    && j == idx;
                let owner_noun = j == idx
                    && !t.cap
                    && j >= 2
                    && j - 1 > lo
                    && is_possessive(p.toks[j - 2].lower)
                    && p.toks[j - 2].cap
                    && !t.has(flag::FUNC);
                if fr_adjective || owner_noun {
                    j -= 1;
                    continue;
                }
                if self.np_token(t)
                    || (t.lower == "of" || t.has(flag::PARTICLE_OF))
                        && j < idx
                        && j - 1 > lo
                        && self.np_token(&p.toks[j - 2])
                {
                    j -= 1;
                    continue;
                }
                break;
            }
            if t.is_punct('.')
                && j >= 2
                && j - 1 > lo
                && p.toks[j - 2].cap
                && p.toks[j - 2].lower.chars().count() <= 3
                && j < idx
            {
                j -= 1;
                continue;
            }
            break;
        }
        // drop sentence-opening function words ("But", "Afterward")
        while j < idx && p.toks[j].is_word() && p.toks[j].has(flag::FUNC) && !p.toks[j].has(flag::DET) {
            j += 1;
        }
        if j >= idx {
            // a bare plural noun: "analysts say", "a number of economists said"
            if last.is_word()
                && !last.cap
                && last.lower.ends_with('s')
                && last.lower.len() > 3
                && !last.has(flag::FUNC)
                && !last.has(flag::NON_SPEAKER)
            {
                let mut a = idx - 1;
                if a > lo && p.toks[a - 1].is_word() && (p.toks[a - 1].has(flag::MODIFIER) || p.toks[a - 1].cap) {
                    a -= 1;
                }
                return Some((a, idx));
            }
            // "the email said", "the campaign email says": plain nouns after an article
            let plain =
                |t: &Token<'_>| t.is_word() && !t.cap && !t.has(flag::FUNC) && !t.has(flag::TIME) && t.cue.is_none();
            if plain(last) {
                for n in 1..=2 {
                    if idx < lo + n + 1 || !(idx - n..idx).all(|k| plain(&p.toks[k])) {
                        break;
                    }
                    if p.toks[idx - n - 1].has(flag::PLAIN_DET) {
                        return Some((idx - n - 1, idx));
                    }
                }
            }
            return None;
        }
        let has_content = (j..idx).any(|i| {
            p.toks[i].is_word()
                && !p.toks[i].has(flag::DET)
                && (p.toks[i].cap || p.toks[i].has(flag::ROLE) || p.toks[i].has(flag::ORG))
        });
        if !has_content {
            return None;
        }
        // "an official at the finance ministry": the role's complement belongs to the phrase
        if j >= lo + 2
            && p.toks[j - 1].is_word()
            && p.toks[j - 1].has(flag::ROLE_COMPLEMENT)
            && p.toks[j - 2].has(flag::ROLE)
        {
            // the floor keeps the phrase (and this recursion) within 14 tokens of `idx`
            if let Some((a, _)) = self.np_before(p, lo.max(idx.saturating_sub(14)), j - 1) {
                j = a;
            }
        }
        let j = j.max(idx.saturating_sub(14));
        Some((j, idx))
    }

    /// The speaker phrase that starts at token `idx`.
    fn np_after(&self, p: &P<'a>, idx: usize, hi: usize) -> Option<(usize, usize)> {
        if idx >= hi {
            return None;
        }
        let first = &p.toks[idx];
        if first.is_word() && PronounKind::of(first.flags).is_some() {
            return Some((idx, idx + 1));
        }
        let mut j = idx;
        let mut det = false;
        if first.is_word() && (first.has(flag::DET) || first.has(flag::INDEF)) {
            j += 1;
            det = true;
        }
        let start_content = j;
        while j < hi && j - idx < 14 {
            let t = &p.toks[j];
            if t.is_word()
                && (self.np_token(t)
                    || (t.lower == "of" || t.has(flag::PARTICLE_OF))
                        && j > start_content
                        && p.toks.get(j + 1).is_some_and(|n| self.np_token(n) || n.has(flag::DET)))
            {
                j += 1;
                continue;
            }
            if t.is_word() && t.has(flag::DET) && j > start_content && p.toks[j - 1].lower == "of" {
                j += 1;
                continue;
            }
            if t.is_punct('.')
                && j > start_content
                && p.toks[j - 1].cap
                && p.toks[j - 1].lower.chars().count() <= 2
                && p.toks.get(j + 1).is_some_and(|n| n.cap)
            {
                j += 1;
                continue;
            }
            // French descriptions: "le politique letton", "le chancelier"
            if det
                && t.is_word()
                && !t.cap
                && self.lang == Lang::Fr
                && j - start_content < 3
                && !t.has(flag::PREP)
                && t.cue.is_none()
            {
                j += 1;
                continue;
            }
            break;
        }
        // trailing "of", determiners
        while j > start_content
            && p.toks[j - 1].is_word()
            && (p.toks[j - 1].lower == "of" || p.toks[j - 1].has(flag::DET))
        {
            j -= 1;
        }
        if j == start_content {
            // "a judge", "prosecutors", "the new “dot plot” of rate projections"
            let plain = |t: &Token| t.is_word() && !t.cap && !t.has(flag::FUNC) && t.cue.is_none();
            if j < hi && plain(&p.toks[j]) && (det || p.toks[j].lower.ends_with('s')) {
                let mut k = j + 1;
                while det
                    && k < hi
                    && k - j < 8
                    && (plain(&p.toks[k])
                        || p.is_quote(k)
                        || p.toks[k].is("of") && k + 1 < hi && (plain(&p.toks[k + 1]) || p.toks[k + 1].cap))
                {
                    k += 1;
                }
                return Some((idx, k));
            }
            return None;
        }
        // "le commissaire à l’économie Pierre Moscovici": a name right after the role's complement
        let has_name = (start_content..j).any(|k| p.toks[k].cap && !p.toks[k].has(flag::ROLE));
        if !has_name {
            let mut k = j;
            while k < hi && k - j < 4 && p.toks[k].is_word() && !p.toks[k].cap && p.toks[k].cue.is_none() {
                k += 1;
            }
            let name_start = k;
            while k < hi && p.toks[k].is_word() && p.toks[k].cap && !p.toks[k].has(flag::FUNC) {
                k += 1;
            }
            if k > name_start
                && k - name_start >= 2
                && (k >= hi || matches!(p.toks[k].kind, TokKind::Punct(',' | '.' | ';' | ':')))
            {
                return Some((idx, k));
            }
        }
        Some((idx, j))
    }

    /// Resolves a speaker phrase to a speaker; `trailing` allows a fallback to the last person.
    fn resolve(&mut self, p: &P<'a>, a: usize, b: usize, trailing: bool) -> Option<Speaker> {
        if b == a + 1 && p.toks[a].is_word() {
            if let Some(kind) = PronounKind::of(p.toks[a].flags) {
                let pos = p.base + p.toks[a].start;
                return match kind {
                    PronounKind::Person => {
                        let k = self.subject_mentions.partition_point(|(at, _)| *at < pos);
                        let mention = k
                            .checked_sub(1)
                            .map(|k| &self.subject_mentions[k])
                            .filter(|(at, _)| self.ante.person.is_none() || *at > self.ante.person_pos);
                        match mention {
                            Some((_, sp)) => {
                                let full = self.names.full(&sp.name);
                                let role = self.names.role(&full).unwrap_or_default().to_owned();
                                Some(Speaker { name: full.into(), role: role.into(), kind: PronounKind::Person })
                            }
                            None => self.ante.person.clone().or_else(|| {
                                self.ante
                                    .statement
                                    .as_ref()
                                    .filter(|s| s.0.kind == PronounKind::Person)
                                    .map(|s| s.0.clone())
                            }),
                        }
                    }
                    PronounKind::Org => {
                        self.ante.org.clone().or_else(|| self.ante.statement.as_ref().map(|s| s.0.clone()))
                    }
                    PronounKind::Group => {
                        self.ante.group.clone().or_else(|| self.ante.statement.as_ref().map(|s| s.0.clone()))
                    }
                };
            }
        }
        let sp = self.split_span(p, a, b);
        let apos = self.appositive_role(p, b);
        if !sp.name.is_empty() && !sp.indefinite {
            let full = self.names.full_at(&sp.name, p.base + p.toks[a].start);
            let mut role = if sp.role.is_empty() { apos } else { sp.role.clone() };
            if role.is_empty() {
                self.names.role(&full).unwrap_or_default().clone_into(&mut role);
            }
            let org = sp.org
                || full.split_whitespace().count() == 1
                    && role.is_empty()
                    && full.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
            let kind = if org { PronounKind::Org } else { PronounKind::Person };
            let s = Speaker { name: full.into(), role: clean_role(&role).into(), kind };
            self.names.add(&s.name, &s.role);
            if kind == PronounKind::Person {
                self.ante.person_pos = p.base + p.toks[a].start;
            }
            return Some(s);
        }
        if sp.description.is_empty() {
            return None;
        }
        // a description: "the minister" -> the minister named before
        if !sp.indefinite {
            let head =
                sp.description.split_whitespace().rev().find(|w| flags_of(w) & flag::ROLE != 0).map(str::to_lowercase);
            if let Some(head) = head {
                let cands = self.names.by_role_word(&head);
                if let Some(best) = cands.iter().max_by_key(|n| (self.recency.get(**n).copied().unwrap_or(0), n.len()))
                {
                    let role = self.names.role(best).unwrap_or_default().to_owned();
                    return Some(Speaker { name: (*best).into(), role: role.into(), kind: PronounKind::Person });
                }
            }
            // "…, ajoute le politique letton": a described speaker after the quote is the one
            // speaking; in English such descriptions are mostly things ("the email said")
            if trailing && self.lang != Lang::En && sp.description.split_whitespace().count() <= 4 {
                if let Some(s) = self.ante.person.clone() {
                    return Some(s);
                }
            }
        }
        let desc = sp.description.trim_end_matches(',').to_owned();
        let plural = desc.ends_with('s') && !sp.indefinite;
        // "the minister", "a judge" are persons; "the statement", "the email" are things
        let person = desc.split_whitespace().any(|w| flags_of(w) & flag::ROLE != 0);
        let kind = if sp.org {
            PronounKind::Org
        } else if plural {
            PronounKind::Group
        } else if person {
            PronounKind::Person
        } else {
            PronounKind::Org
        };
        Some(Speaker { name: desc.into(), role: "".into(), kind })
    }

    // ---- statements --------------------------------------------------------------------------

    fn emit(&mut self, kind: StatementKind, sp: Speaker, cue_text: &str, start: usize, end: usize, confidence: f32) {
        if end <= start {
            return;
        }
        self.clock += 1;
        self.recency.insert(Rc::clone(&sp.name), self.clock);
        match sp.kind {
            PronounKind::Person if !sp.name.is_empty() => self.ante.person = Some(sp.clone()),
            PronounKind::Org => self.ante.org = Some(sp.clone()),
            PronounKind::Group => self.ante.group = Some(sp.clone()),
            PronounKind::Person => {}
        }
        if !self.emitted.insert((start, end, kind == StatementKind::Quote)) {
            return;
        }
        self.out.push(RawStatement {
            kind,
            speaker: sp.name.to_string(),
            role: sp.role.to_string(),
            cue: cue_text.to_owned(),
            start,
            end,
            confidence,
        });
        self.ante.statement = Some((sp, cue_text.to_owned()));
    }

    fn emit_quote(&mut self, p: &P<'a>, q: usize, sp: Speaker, cue_text: &str, confidence: f32) {
        let qs = &p.quotes[q];
        self.emit(StatementKind::Quote, sp, cue_text, p.base + qs.start, p.base + qs.end, confidence);
    }

    fn emit_clause(&mut self, p: &P<'a>, a: usize, b: usize, sp: Speaker, cue_text: &str, confidence: f32) {
        if a >= b || self.quotes_only {
            return;
        }
        let start = p.toks[a].start;
        let mut end = p.toks[b - 1].end;
        // a clause that ends in a quote keeps the quote's own closing punctuation
        let txt = p.s[start..end].trim_end_matches([',', ';', ':', '.', ' ']);
        end = start + txt.len();
        self.emit(StatementKind::Position, sp, cue_text, p.base + start, p.base + end, confidence);
    }

    fn cue_at(&self, p: &P<'a>, i: usize) -> Option<CueWord> {
        let t = &p.toks[i];
        if !t.is_word() {
            return None;
        }
        let c = t.cue?;
        // a capitalised cue word after another capitalised word is part of a name ("United States")
        if t.cap && i > 0 && p.toks[i - 1].cap && p.toks[i - 1].is_word() {
            return None;
        }
        // "states" is mostly a noun: a verb only before "that", a colon, a quote or the sentence end
        // forms that are mostly nouns or adjectives ("the Baltic states", "the written ruling") are
        // cues only after an auxiliary or before "that", a colon, a quote or the sentence end
        if c.has(super::lexicon::cue_trait::AMBIGUOUS) {
            let after_aux = i > 0 && p.toks[i - 1].has(flag::PERFECT_AUX);
            let verb_like = p.toks.get(i + 1).is_none_or(|n| {
                n.has(flag::COMPL) || n.quote().is_some() || matches!(n.kind, TokKind::Punct(':' | ',' | '.'))
            });
            if !after_aux && !verb_like {
                return None;
            }
        }
        match c.kind {
            CueKind::SourcePrefix if let Some(next) = c.continuation() => {
                p.toks.get(i + 1).filter(|n| n.is(next)).map(|_| *c)
            }
            CueKind::Verb if self.lang == Lang::En && i > 0 && p.toks[i - 1].is("the") => None,
            _ => Some(*c),
        }
    }

    /// Processes one body paragraph. Returns a speaker when it ends in "… said:" before a list.
    fn paragraph(
        &mut self,
        p: &P<'a>,
        prev_para: Option<&Speaker>,
        prev_open: Option<&Speaker>,
    ) -> Option<(Speaker, String)> {
        let sents = &p.sents;
        let mut para_speaker: Option<Speaker> = None;
        let mut prev_sentence_had = false;
        let mut list = None;
        let n_sents = sents.len();
        for (si, &(s, e)) in sents.iter().enumerate() {
            let before = self.out.len();
            let r = self.sentence(
                p,
                s,
                e,
                para_speaker.as_ref().or(if si == 0 { prev_open.or(prev_para) } else { None }),
                prev_sentence_had || si == 0 && prev_para.is_some(),
            );
            if let Some(l) = r {
                if si + 1 == n_sents {
                    list = Some(l);
                }
            }
            prev_sentence_had = self.out.len() > before;
            if prev_sentence_had {
                para_speaker = self.ante.statement.as_ref().map(|x| x.0.clone());
            }
        }
        list
    }

    /// Processes one sentence `[s, e)` of paragraph `p`.
    #[allow(clippy::too_many_arguments)]
    fn sentence(
        &mut self,
        p: &P<'a>,
        s: usize,
        e: usize,
        context: Option<&Speaker>,
        prev_had: bool,
    ) -> Option<(Speaker, String)> {
        let mut st = SentenceState::default();
        let mut list = None;
        let mut i = s;
        while i < e {
            let Some(c) = self.cue_at(p, i) else {
                i += 1;
                continue;
            };
            let cue_text = if c.continuation().is_some() { c.lemma.to_owned() } else { p.word(i).to_owned() };
            match c.kind {
                CueKind::SourcePrefix | CueKind::SourceSuffix => {
                    self.source_marker(p, s, e, i, c, &cue_text, &mut st);
                }
                CueKind::Verb | CueKind::Label | CueKind::Participle => {
                    if let Some(l) = self.verb_cue(p, s, e, i, c, &cue_text, &mut st) {
                        list = Some(l);
                    }
                }
            }
            i += if c.continuation().is_some() { 2 } else { 1 };
        }
        // quotes no cue claimed
        for k in s..e {
            let Some(q) = p.toks[k].quote() else { continue };
            if st.claimed.contains(&q) {
                continue;
            }
            if self.quotes_only {
                // inside a quotation: a quoted phrase in a reported clause is the reporter's words
                if let Some(Attribution { cue: ci, speaker: sp, cue_text: ct }) =
                    st.attributed.iter().rev().find(|a| a.cue < k)
                {
                    let ci = *ci;
                    let flagged = k >= 2 && (p.toks[k - 1].is("quote") || p.toks[k - 2].is("quote"));
                    if st.clauses.iter().any(|&(a, b)| a <= k && k < b && a > ci) && (flagged || p.quote_words(q) >= 3)
                    {
                        let (sp, ct) = (sp.clone(), ct.clone());
                        self.emit_quote(p, q, sp, &ct, 0.6);
                    }
                }
                continue;
            }
            if st.clauses.iter().any(|&(a, b)| a <= k && k < b) {
                continue;
            }
            if self.is_fragment(p, s, k) {
                continue;
            }
            let words = p.quote_words(q);
            // a cue of this sentence: the nearest before, else the nearest after
            let near = st
                .attributed
                .iter()
                .rev()
                .find(|a| a.cue < k)
                .or_else(|| st.attributed.iter().find(|a| a.cue > k))
                .cloned();
            if let Some(Attribution { speaker: sp, cue_text: ct, .. }) = near {
                self.emit_quote(p, q, sp, &ct, 0.6);
                continue;
            }
            // "…, in an interview with the paper: « … »": the sentence's subject speaks
            if k > s && p.punct(k - 1, ':') {
                if let Some(sp) = self.named_subject(p, s, k) {
                    self.emit_quote(p, q, sp, ":", 0.6);
                    continue;
                }
            }
            let content = p.s[p.quotes[q].start..p.quotes[q].end].trim_end();
            let sentence_like =
                words >= 6 || (words >= 3 && (content.ends_with(['.', '!', '?', ',']) || !p.quotes[q].closed));
            if !sentence_like {
                continue;
            }
            if let Some(sp) =
                context.cloned().or_else(|| self.ante.statement.as_ref().filter(|_| prev_had).map(|x| x.0.clone()))
            {
                let ct = self.ante.statement.as_ref().map(|x| x.1.clone()).unwrap_or_default();
                self.emit_quote(p, q, sp, &ct, 0.5);
            } else {
                self.emit_quote(p, q, Speaker { name: "".into(), role: "".into(), kind: PronounKind::Person }, "", 0.3);
            }
        }
        if !self.quotes_only {
            for k in s..e {
                if let Some(q) = p.toks[k].quote() {
                    let (a, b) = (p.base + p.quotes[q].start, p.base + p.quotes[q].end);
                    if self
                        .out
                        .iter()
                        .rev()
                        .take(16)
                        .any(|st| st.start == a && st.end == b && st.kind == StatementKind::Quote)
                    {
                        self.nested_quotes(p, q);
                    }
                }
            }
        }
        // German reported speech in Konjunktiv I right after a statement
        if self.lang == Lang::De
            && st.attributed.is_empty()
            && st.clauses.is_empty()
            && st.claimed.is_empty()
            && prev_had
        {
            let konj = (s..e).any(|k| p.toks[k].is_word() && p.toks[k].has(flag::KONJ));
            let has_quote_only = (s..e).all(|k| p.toks[k].quote().is_some() || !p.toks[k].is_word());
            if konj && !has_quote_only {
                if let Some(sp) = self.ante.statement.as_ref().map(|x| x.0.clone()) {
                    self.emit_clause(p, s, e, sp, "", 0.5);
                }
            }
        }
        list
    }

    #[allow(clippy::too_many_arguments)]
    fn source_marker(
        &mut self,
        p: &P<'a>,
        s: usize,
        e: usize,
        i: usize,
        c: CueWord,
        cue_text: &str,
        st: &mut SentenceState,
    ) {
        let (np, after_np) = if c.kind == CueKind::SourceSuffix {
            match self.np_before(p, s, i) {
                Some((a, b)) => ((a, b), i + 1),
                None => return,
            }
        } else {
            let start = if c.continuation().is_some() { i + 2 } else { i + 1 };
            match self.np_after(p, start, e) {
                Some((a, b)) => ((a, b), b),
                None => return,
            }
        };
        // "according to a statement from the Foreign Ministry": the named source speaks
        let (mut np, mut after_np) = (np, after_np);
        let mut speaker_np = np;
        if c.kind == CueKind::SourcePrefix && p.toks.get(after_np).is_some_and(|t| t.has(flag::SOURCE_LINK)) {
            let from = if p.toks.get(after_np + 1).is_some_and(|t| t.is("by")) { after_np + 2 } else { after_np + 1 };
            if let Some((a2, b2)) = self.np_after(p, from, e) {
                if (a2..b2).any(|k| p.toks[k].cap) {
                    speaker_np = (a2, b2);
                }
                np = (np.0, b2);
                after_np = b2;
            }
        }
        let Some(sp) = self.resolve(p, speaker_np.0, speaker_np.1, false) else { return };
        st.claimed.extend((np.0..np.1).filter_map(|k| p.toks[k].quote()));
        let marker_start = if c.kind == CueKind::SourceSuffix { np.0 } else { i };
        // skip an appositive after the source: "laut Ulrich Müller, Experte für …, Druck …"
        let mut rest = after_np;
        if p.punct(rest, ',') {
            let mut k = rest + 1;
            while k < e && !p.punct(k, ',') && k - rest < 16 {
                k += 1;
            }
            rest = if k < e { k + 1 } else { rest + 1 };
        }
        let lead_words =
            (s..marker_start).filter(|&k| p.toks[k].is_word() && !p.toks[k].has(flag::FUNC) || p.is_quote(k)).count();
        let (a, b) = if lead_words == 0 {
            (rest, e)
        } else if rest >= e.saturating_sub(1) {
            let mut b = marker_start;
            if b > s && p.punct(b - 1, ',') {
                b -= 1;
            }
            (s, b)
        } else {
            (s, e)
        };
        let words = (a..b).filter(|&k| p.toks[k].is_word() || p.is_quote(k)).count();
        let own_cue = (a..b).any(|k| k != i && self.cue_at(p, k).is_some_and(|c| c.kind == CueKind::Verb));
        if words >= 3 && !own_cue {
            self.emit_clause(p, a, b, sp.clone(), cue_text, 0.7);
            st.clauses.push((a, b));
        }
        st.attributed.push(Attribution { cue: i, speaker: sp, cue_text: cue_text.to_owned() });
    }

    /// Skips auxiliaries, adverbs and time phrases backwards from `i`; returns the new index and
    /// whether a negation was passed.
    fn skip_back(&self, p: &P<'a>, lo: usize, mut i: usize) -> (usize, bool) {
        let mut neg = false;
        while i > lo {
            let t = &p.toks[i - 1];
            if !t.is_word() {
                break;
            }
            if t.has(flag::NEG) {
                neg = true;
                i -= 1;
            } else if t.has(flag::AUX) && !(t.cap && i - 1 == lo && t.lower != "has") {
                i -= 1;
            } else if t.has(flag::TIME) {
                i -= 1;
                if i > lo && p.toks[i - 1].has(flag::TIME_LEAD) {
                    i -= 1;
                }
            } else {
                break;
            }
        }
        (i, neg)
    }

    /// Skips time phrases forward from `i`.
    fn skip_fwd(&self, p: &P<'a>, e: usize, mut i: usize) -> usize {
        while i < e {
            let t = &p.toks[i];
            if t.is_word()
                && (t.has(flag::TIME)
                    || t.has(flag::TIME_ADVERB) && p.toks.get(i + 1).is_some_and(|n| n.has(flag::TIME)))
            {
                i += 1;
            } else {
                break;
            }
        }
        i
    }

    #[allow(clippy::too_many_arguments, clippy::too_many_lines)]
    fn verb_cue(
        &mut self,
        p: &P<'a>,
        s: usize,
        e: usize,
        i: usize,
        c: CueWord,
        cue_text: &str,
        st: &mut SentenceState,
    ) -> Option<(Speaker, String)> {
        // "as if to say", "for telling"
        if i >= s + 2 && p.toks[i - 1].is("to") && p.toks[i - 2].is("if") {
            return None;
        }
        // a cue inside another statement's clause: only the verbs of saying count there
        if st.clauses.iter().any(|&(a, b)| a <= i && i < b) && !c.has(cue_trait::CORE) {
            return None;
        }
        if i > s && p.toks[i - 1].is_word() && p.toks[i - 1].has(flag::POSSESSIVE) {
            return None; // "his vow", "the claim": a noun
        }
        if i > s && p.toks[i - 1].is_word() && p.toks[i - 1].has(flag::PASSIVE_AUX) {
            return None; // passive: "was accused of"
        }
        let (j0, neg) = self.skip_back(p, s, i);
        let mut speaker: Option<Speaker> = None;
        let mut trailing_before: Option<usize> = None; // index of the token the attribution follows
        let mut post_subject_end: Option<usize> = None;
        let mut participle_relay = false;

        let infinitive = i > s && p.toks[i - 1].is("to") && c.kind != CueKind::Participle;
        if c.kind == CueKind::Participle || infinitive {
            if j0 > s && (p.toks[j0 - 1].has(flag::PREP) && !p.toks[j0 - 1].is("by")) {
                return None;
            }
            // "quoted an official as saying"
            if j0 > s && p.toks[j0 - 1].is("as") {
                let lo = s.max(j0.saturating_sub(14));
                if let Some(qk) = (lo..j0 - 1).rev().find(|&k| p.toks[k].has(flag::QUOTING)) {
                    if let Some((a, b)) = self.np_after(p, qk + 1, j0 - 1) {
                        if let Some(mut sp) = self.resolve(p, a, b, false) {
                            if let Some((ra, rb)) = self.np_before(p, s, qk) {
                                let relay = self.np_words(p, ra, rb);
                                let rs = split_phrase(&relay);
                                let by = if rs.name.is_empty() { rs.description } else { rs.name };
                                sp.role = format!(
                                    "{} (quoted by {by})",
                                    if sp.role.is_empty() { "source" } else { &sp.role }
                                )
                                .into();
                            }
                            speaker = Some(sp);
                            participle_relay = true;
                        }
                    }
                }
            }
            if speaker.is_none() {
                if let Some(Attribution { cue: last_cue, speaker: last_sp, .. }) = st.attributed.last().cloned() {
                    let saved = self.ante.clone();
                    let embedded = self.subject_before(p, last_cue + 1, j0).filter(|sp| {
                        sp.kind == PronounKind::Person
                            && sp.name.split_whitespace().count() >= 2
                            && sp.name != last_sp.name
                    });
                    if embedded.is_none() {
                        self.ante = saved;
                    }
                    speaker = embedded.or(Some(last_sp));
                }
            }
            if speaker.is_none() {
                speaker = self.subject_before(p, s, j0);
            }
            if j0 > s
                && (p.is_quote(j0 - 1) || p.punct(j0 - 1, ',') && p.is_quote(j0.saturating_sub(2)))
                && participle_relay
            {
                trailing_before = Some(j0 - 1);
            }
        } else if j0 > s && p.toks[j0 - 1].is_word() && p.toks[j0 - 1].has(flag::CONJ) && !st.attributed.is_empty() {
            speaker = st.attributed.last().map(|a| a.speaker.clone());
        } else if j0 > s && p.toks[j0 - 1].is_word() && p.toks[j0 - 1].has(flag::RELATIVE) {
            if let Some((a, b)) =
                self.np_before(p, s, if j0 >= s + 2 && p.punct(j0 - 2, ',') { j0 - 2 } else { j0 - 1 })
            {
                speaker = self.resolve(p, a, b, false);
            }
        } else if j0 > s && (p.punct(j0 - 1, ',') || p.is_quote(j0 - 1)) {
            // inverted: “…,” said Sakaliene / …, sagt der Vorsitzende
            let np = self.np_after(p, i + 1, e);
            let quote_right_before = quote_ends_at(p, s, j0);
            let apposition =
                if quote_right_before || !p.punct(j0 - 1, ',') { None } else { self.appositive_subject(p, s, j0 - 1) };
            if let Some(sp) = apposition {
                speaker = Some(sp);
            } else if let Some((a, b)) = np {
                speaker = self.resolve_with_apposition(p, a, b, e, true);
                post_subject_end = Some(b);
                let quote_before = p.is_quote(j0 - 1) || j0 >= s + 2 && p.is_quote(j0 - 2);
                let ends = b >= e
                    || matches!(p.toks[b].kind, TokKind::Punct('.' | ';' | '!' | '?'))
                    || p.punct(b, ',')
                    || self.ends_soon(p, b, e);
                if quote_before || ends || self.lang != Lang::De {
                    trailing_before = Some(j0 - 1);
                }
            } else if let Some(sp) = self.appositive_subject(p, s, j0 - 1) {
                speaker = Some(sp);
            }
        } else if let Some((a, b)) = self.np_before(p, s, j0) {
            let (k, neg2) = self.skip_back(p, s, a);
            let neg = neg || neg2;
            let after_cue_ends = i + 1 >= e
                || matches!(p.toks[i + 1].kind, TokKind::Punct('.' | ';' | '!' | '?'))
                || p.punct(i + 1, ',') && !p.is_quote(i + 2)
                || self.ends_soon(p, i + 1, e);
            let quote_before = k > s && quote_ends_at(p, s, k);
            let k = if k >= s + 2
                && p.toks[k - 1].is_word()
                && p.toks[k - 1].has(flag::COMPARISON)
                && p.punct(k - 2, ',')
            {
                k - 1
            } else {
                k
            };
            if k > s && (p.punct(k - 1, ',') || p.is_quote(k - 1)) && !neg && (quote_before || after_cue_ends) {
                speaker = self.resolve(p, a, b, true);
                trailing_before = Some(k - 1);
            } else if !neg && self.lang == Lang::De && self.np_is_object(p, s, a) {
                speaker = self.sentence_subject(p, s, e);
            } else if !neg {
                let german_v2 = self.lang == Lang::De && self.v2_subject(p, i + 1, e);
                if let (true, Some((pa, pb))) = (german_v2, self.np_after(p, i + 1, e)) {
                    speaker = self.resolve(p, pa, pb, false);
                    post_subject_end = Some(pb);
                } else {
                    speaker = self.resolve(p, a, b, false);
                }
            }
        } else if self.lang != Lang::En && self.v2_subject(p, i + 1, e) {
            if let Some((pa, pb)) = self.np_after(p, i + 1, e) {
                speaker = self.resolve(p, pa, pb, false);
                post_subject_end = Some(pb);
            }
        } else if self.lang == Lang::De && !neg {
            // verb-final participle: "Bendels hatte … gesagt, dass …"
            speaker = self.sentence_subject(p, s, e);
        }
        if neg {
            return None;
        }
        let sp = speaker?;
        st.attributed.push(Attribution { cue: i, speaker: sp.clone(), cue_text: cue_text.to_owned() });

        if let Some(tb) = trailing_before {
            // the statement stands before the attribution
            let mut t = tb;
            if p.punct(t, ',') && t > s {
                t -= 1;
            }
            if let Some(q) = p.toks[t].quote() {
                st.claimed.push(q);
                self.emit_quote(p, q, sp.clone(), cue_text, 0.9);
                // frame words before the quote make it a mixed position
                let mut lo = clause_floor(p, s, t, &st.clauses);
                if let Some(d) =
                    (lo..t).rev().find(|&k| matches!(p.toks[k].kind, TokKind::Punct('—' | '–' | ':' | ';')))
                {
                    lo = d + 1;
                }
                let frame = (lo..t).filter(|&k| p.toks[k].is_word()).count();
                if frame >= 2 && !participle_relay {
                    self.emit_clause(p, lo, t + 1, sp.clone(), cue_text, 0.7);
                    st.clauses.push((lo, t + 1));
                }
            } else {
                let lo = clause_floor(p, s, t + 1, &st.clauses);
                let words = (lo..=t).filter(|&k| p.toks[k].is_word() || p.is_quote(k)).count();
                if words >= 3 && !(lo..=t).any(|k| p.toks[k].is_word() && p.toks[k].has(flag::WH) && k == lo) {
                    self.emit_clause(p, lo, t + 1, sp.clone(), cue_text, 0.7);
                    st.clauses.push((lo, t + 1));
                    if let Some(q) = p.toks[lo].quote() {
                        if p.quote_words(q) >= 4 {
                            st.claimed.push(q);
                            self.emit_quote(p, q, sp.clone(), cue_text, 0.7);
                        }
                    }
                }
            }
            // “A,” said S, “B.”: a quote right after the attribution
            let after = post_subject_end.unwrap_or(i + 1);
            let mut k = after;
            while k < e && !p.is_quote(k) && !matches!(p.toks[k].kind, TokKind::Punct('.' | ';')) && k - after < 25 {
                if self.cue_at(p, k).is_some() {
                    break;
                }
                k += 1;
            }
            if k < e && p.is_quote(k) && (p.punct(k - 1, ',') || p.punct(k - 1, ':')) {
                if let Some(q) = p.toks[k].quote() {
                    st.claimed.push(q);
                    self.emit_quote(p, q, sp, cue_text, 0.9);
                }
            }
            return None;
        }

        // the statement follows the cue
        let mut cs = post_subject_end.unwrap_or(i + 1);
        cs = self.skip_fwd(p, e, cs);
        if cs >= e {
            return None;
        }
        if p.punct(cs, ':') && cs + 1 >= e {
            return Some((sp, cue_text.to_owned()));
        }
        // a quote introduced by the cue: said: “…” / saying, “…” / said “…”
        let mut k = cs;
        if p.punct(k, ':') || p.punct(k, ',') {
            k += 1;
        }
        if p.toks.get(k).is_some_and(|t| t.is("quote")) {
            k += 1;
            if p.punct(k, ',') || p.punct(k, ':') {
                k += 1;
            }
        }
        if let Some(q) = p.toks.get(k).and_then(Token::quote) {
            if k < e && rest_is_punct(p, k + 1, e) {
                st.claimed.push(q);
                self.emit_quote(p, q, sp, cue_text, 0.9);
                return None;
            }
        }
        if c.kind == CueKind::Label {
            return None; // other quotes of the sentence are picked up as characterisations
        }
        // said of the situation: “…”
        if let Some(colon) = (cs..e.min(cs + 12)).find(|&k| p.punct(k, ':')) {
            if (cs..colon).all(|k| self.cue_at(p, k).is_none() && !p.is_quote(k))
                && !(cs..colon).any(|k| p.toks[k].is_word() && p.toks[k].has(flag::COMPL))
            {
                if let Some(q) = p.toks.get(colon + 1).and_then(Token::quote) {
                    st.claimed.push(q);
                    self.emit_quote(p, q, sp, cue_text, 0.85);
                    return None;
                }
            }
        }
        // find the start of the reported clause
        let mut start = cs;
        let look = e.min(cs + 12);
        let comp = (cs..look).find(|&k| {
            p.toks[k].is_word()
                && p.toks[k].has(flag::COMPL)
                && !(p.toks[k].is("that")
                    && k > cs
                    && p.toks[k - 1].is_word()
                    // a far "that" after a plain noun is relative ("said the plan that …"); after a
                    // time, a name or an audience ("told Congress that") it opens the clause
                    && !p.toks[k - 1].has(flag::TIME)
                    && !p.toks[k - 1].cap
                    && !p.toks[k - 1].has(flag::AUDIENCE)
                    && k - cs > 6)
                && (cs..k).all(|m| !p.punct(m, '.') && self.cue_at(p, m).is_none_or(|_| m == i))
        });
        if let Some(k) = comp {
            start = k + 1;
        } else if p.punct(cs, ':') {
            start = cs + 1;
        } else if self.lang == Lang::De {
            if let Some(k) = (cs..e.min(cs + 8)).find(|&k| p.punct(k, ',')) {
                start = k + 1;
            } else if p.punct(cs, ',') {
                start = cs + 1;
            }
        } else if self.lang == Lang::Fr && p.punct(cs, ',') {
            start = cs + 1;
        } else if c.has(cue_trait::OBJECT) {
            // told reporters / told the BBC / told investigators
            let obj = self.np_after(p, cs, e).map_or(cs + 1, |(_, b)| b);
            start = if p.toks.get(cs).is_some_and(|t| t.is_word() && !t.cap && t.lower.ends_with('s')) {
                cs + 1
            } else {
                obj
            };
            start = self.skip_fwd(p, e, start);
            if p.toks.get(start).is_some_and(|t| t.is("on") || t.is("in")) {
                return None;
            }
        } else if self.lang == Lang::En {
            // said in a statement / said on Friday
            if p.toks.get(start).is_some_and(|t| t.is_word() && t.has(flag::CIRCUMSTANCE)) {
                let mut k = start;
                while k < e && !p.punct(k, ',') && !p.toks[k].is("that") && k - start < 8 {
                    k += 1;
                }
                if k < e && (p.punct(k, ',') || p.toks[k].is("that")) {
                    start = k + 1;
                } else {
                    return None;
                }
            }
        }
        if start >= e {
            return None;
        }
        // a quote that fills the clause is the statement itself: said that „…“
        if let Some(q) = p.toks[start].quote() {
            if rest_is_punct(p, start + 1, e) {
                st.claimed.push(q);
                self.emit_quote(p, q, sp, cue_text, 0.85);
                return None;
            }
        }
        let first = &p.toks[start];
        if first.is_word() && (first.has(flag::WH) || first.is("to") && c.has(cue_trait::NOT_TO)) {
            return None;
        }
        if first.is_punct(',') || first.is_punct('(') {
            return None;
        }
        // where the clause ends
        let mut end = e;
        let mut k = start;
        let mut colon_quote = None;
        let mut second_clause = None;
        while k < e {
            let t = &p.toks[k];
            if t.is_punct(':') && k > start {
                if let Some(q) = p.toks.get(k + 1).and_then(Token::quote) {
                    colon_quote = Some(q);
                    end = k;
                    break;
                }
            }
            if t.is_punct(',') || t.is_punct(';') || t.is_punct('—') || t.is_punct('–') {
                let n = k + 1;
                let nx = p.toks.get(n);
                let next_cue = nx.and_then(|_| self.cue_at(p, n));
                if next_cue.is_some_and(|c| matches!(c.kind, CueKind::Participle | CueKind::SourcePrefix))
                    || nx.is_some_and(|t| t.has(flag::CLAUSE_BREAK))
                        && (n..e.min(n + 4)).any(|m| self.cue_at(p, m).is_some() || p.toks[m].is("only"))
                {
                    end = k;
                    break;
                }
                // …, X said. at the end belongs to another attribution
                if let Some((_, b)) = self.np_after(p, n, e) {
                    if b < e && self.cue_at(p, b).is_some_and(|c| c.kind == CueKind::Verb) && rest_is_punct(p, b + 1, e)
                    {
                        end = k;
                        break;
                    }
                }
            }
            if t.is_word() && t.has(flag::CONJ) && k > start {
                if p.toks.get(k + 1).is_some_and(|n| n.has(flag::COMPL)) && (comp.is_some() || c.has(cue_trait::CORE)) {
                    second_clause = Some(k + 2);
                    end = k;
                    break;
                }
                let m = (k + 1..e.min(k + 5))
                    .find(|&m| self.cue_at(p, m).is_some_and(|c| matches!(c.kind, CueKind::Verb | CueKind::Label)));
                if let Some(m) = m {
                    if (k + 1..m).all(|x| p.toks[x].is_word() && (p.toks[x].has(flag::AUX) || p.toks[x].has(flag::NEG)))
                    {
                        end = k;
                        break;
                    }
                }
                // "…, but the BBC's editor Jon Sopel said …": another speaker's attribution
                if let Some((_, b)) = self.np_after(p, k + 1, e) {
                    let mut m = b;
                    while m < e && p.toks[m].is_word() && p.toks[m].has(flag::AUX) {
                        m += 1;
                    }
                    if m < e
                        && p.toks[b].cap | p.toks[k + 1].cap | p.toks[k + 1].has(flag::DET)
                        && self.cue_at(p, m).is_some_and(|c| c.kind == CueKind::Verb)
                    {
                        end = k;
                        break;
                    }
                }
            }
            k += 1;
        }
        let mut end = trim_punct(p, start, end);
        let words = (start..end).filter(|&k| p.toks[k].is_word() || p.is_quote(k)).count();
        if words < 3 {
            return None;
        }
        let to_infinitive = p.toks[start].is("to") && c.has(cue_trait::TO_CLAUSE);
        if comp.is_none()
            && p.toks[start].is_word()
            && p.toks[start].has(flag::PREP)
            && self.lang == Lang::En
            && !to_infinitive
        {
            return None;
        }
        if comp.is_none()
            && self.lang == Lang::En
            && !c.has(cue_trait::CORE)
            && !to_infinitive
            && !looks_like_clause(p, start, end)
        {
            return None;
        }
        // a clause that is one quote and nothing else
        if end == start + 1 {
            if let Some(q) = p.toks[start].quote() {
                st.claimed.push(q);
                self.emit_quote(p, q, sp, cue_text, 0.85);
                return None;
            }
        }
        if comp.is_none() && self.lang == Lang::En && !c.has(cue_trait::CORE) {
            if let Some(k) = (start..end).find(|&k| p.punct(k, ',')) {
                end = k;
                if !to_infinitive && !looks_like_clause(p, start, end)
                    || (start..end).filter(|&k| p.toks[k].is_word()).count() < 3
                {
                    return None;
                }
            }
        }
        let conf = if comp.is_some() { 0.8 } else { 0.65 };
        self.emit_clause(p, start, end, sp.clone(), cue_text, conf);
        st.clauses.push((start, end));
        if let Some(q) = colon_quote {
            st.claimed.push(q);
            self.emit_quote(p, q, sp.clone(), ":", 0.8);
        }
        if let Some(a) = second_clause {
            let b = trim_punct(p, a, e);
            if let (Some(q), true) = (p.toks.get(a).and_then(Token::quote), b == a + 1) {
                st.claimed.push(q);
                self.emit_quote(p, q, sp, cue_text, 0.8);
            } else if b > a + 1 {
                self.emit_clause(p, a, b, sp, cue_text, conf);
                st.clauses.push((a, b));
            }
        }
        None
    }

    /// Whether only a short adverbial ("in a statement", "on Friday") follows before the sentence ends.
    fn ends_soon(&self, p: &P<'a>, from: usize, e: usize) -> bool {
        let n = e.saturating_sub(from);
        n <= 6
            && (from..e).all(|k| {
                let t = &p.toks[k];
                !t.is_word() || !t.has(flag::COMPL) && self.cue_at(p, k).is_none()
            })
            && p.toks.get(from).is_some_and(|t| t.is_word() && (t.has(flag::PREP) || t.has(flag::TIME) || t.cap))
    }

    /// Quotations inside a quotation that the quoted words attribute themselves: “I heard him ask,
    /// quote, ‘So is it done?’” — run the rules over the quote's words, keeping only quotes.
    fn nested_quotes(&mut self, p: &P<'a>, q: usize) {
        let outer = &p.quotes[q];
        // quotes are in order of their opening marks: one nested in this one comes right after it
        if !p
            .quotes
            .get(q + 1)
            .is_some_and(|n| n.depth > outer.depth && n.open >= outer.start && n.close <= outer.end + 4)
        {
            return;
        }
        let inner_s = &p.s[outer.start..outer.end];
        let quotes = find_quotes(inner_s);
        let toks = tokenize(inner_s, &quotes, self.lang, self.arena);
        let sents = bounded(sentences(inner_s, &toks, &quotes));
        let sub = P { base: p.base + outer.start, s: inner_s, quotes, toks, sents, runs: Vec::new() };
        let (saved, quotes_only) = (self.ante.clone(), self.quotes_only);
        self.quotes_only = true;
        for &(a, b) in &sub.sents {
            self.sentence(&sub, a, b, None, false);
        }
        (self.ante, self.quotes_only) = (saved, quotes_only);
    }

    /// The first named speaker phrase of a sentence before token `k`, not after a preposition.
    fn named_subject(&mut self, p: &P<'a>, s: usize, k: usize) -> Option<Speaker> {
        let mut j = s;
        while j < k && j < s + 16 {
            let t = &p.toks[j];
            if t.is_word()
                && t.cap
                && !t.has(flag::FUNC)
                && !t.has(flag::TIME)
                && !(j > s && p.toks[j - 1].is_word() && p.toks[j - 1].has(flag::PREP))
            {
                let (a, b) = self.np_after(p, j, k)?;
                let sp = self.split_span(p, a, b);
                if sp.name.is_empty() || !(sp.org || self.names.full(&sp.name).split_whitespace().count() >= 2) {
                    return None;
                }
                return self.resolve(p, a, b, false);
            }
            j += 1;
        }
        None
    }

    /// Whether the phrase at `a` follows a preposition or possessive ("über seinen Medienanwalt").
    fn np_is_object(&self, p: &P<'a>, s: usize, a: usize) -> bool {
        a > s && p.toks[a - 1].is_word() && (p.toks[a - 1].has(flag::PREP) || p.toks[a - 1].has(flag::OBJECT_MARKER))
    }

    /// The subject at the start of a sentence: its first name or pronoun phrase.
    fn sentence_subject(&mut self, p: &P<'a>, s: usize, e: usize) -> Option<Speaker> {
        let mut k = s;
        while k < e && p.toks[k].is_word() && p.toks[k].has(flag::FUNC) && PronounKind::of(p.toks[k].flags).is_none() {
            k += 1;
        }
        let (a, b) = self.np_after(p, k, e)?;
        if !(p.toks[a].cap || PronounKind::of(p.toks[a].flags).is_some() || p.toks[a].has(flag::DET)) {
            return None;
        }
        self.resolve(p, a, b, false)
    }

    /// Whether the words after a verb are its subject followed by a clause ("sagt Keuter, er …").
    fn v2_subject(&self, p: &P<'a>, i: usize, e: usize) -> bool {
        self.np_after(p, i, e).is_some_and(|(a, b)| {
            (p.toks[a].cap || PronounKind::of(p.toks[a].flags).is_some())
                && (p.punct(b, ',')
                    || p.punct(b, ':')
                    || p.toks.get(b).is_some_and(|t| t.is_word() && t.has(flag::COMPL)))
        })
    }

    /// A speaker phrase after a cue that is only a description, with the name in an apposition:
    /// "said another witness in the probe, former adviser Fiona Hill".
    fn resolve_with_apposition(&mut self, p: &P<'a>, a: usize, b: usize, e: usize, trailing: bool) -> Option<Speaker> {
        let sp = self.split_span(p, a, b);
        if sp.name.is_empty() {
            let lim = e.min(b + 10);
            if let Some(comma) = (b..lim).find(|&k| p.punct(k, ',')) {
                if let Some((na, nb)) = self.np_after(p, comma + 1, e) {
                    let inner = self.split_span(p, na, nb);
                    if !inner.name.is_empty() && rest_is_punct(p, nb, e) {
                        return self.resolve(p, na, nb, false);
                    }
                }
            }
        }
        self.resolve(p, a, b, trailing)
    }

    /// The subject before an appositive: "Sakaliene, speaking to DW on Friday, said …".
    fn appositive_subject(&mut self, p: &P<'a>, s: usize, comma: usize) -> Option<Speaker> {
        let lo = s.max(comma.saturating_sub(30));
        let open = (lo..comma).rev().find(|&k| p.punct(k, ','))?;
        let first = p.toks.get(open + 1)?;
        // the appositive is the name: "Elvora’s chief executive, Tõnis Raudsepp, said"
        if first.cap {
            if let Some((a, b)) = self.np_after(p, open + 1, comma) {
                let inner = self.split_span(p, a, b);
                if b == comma && !inner.name.is_empty() {
                    if let Some(mut sp) = self.resolve(p, a, b, false) {
                        if let Some((ra, rb)) = self.np_before(p, s, open) {
                            let before = self.split_span(p, ra, rb);
                            if before.name.is_empty() && !before.role.is_empty() && sp.role.is_empty() {
                                sp.role = clean_role(&before.role).into();
                            }
                        }
                        return Some(sp);
                    }
                }
            }
        }
        let ok = first.is_word() && (!first.cap || first.has(flag::ROLE) || self.lang == Lang::De);
        if !ok {
            return None;
        }
        let (a, b) = self.np_before(p, s, open)?;
        if a > s && p.toks[a - 1].is_word() && (p.toks[a - 1].has(flag::PREP) || self.cue_at(p, a - 1).is_some()) {
            return None; // "Laut Unterlagen, die …, antwortet Keith": not a subject
        }
        self.resolve(p, a, b, false)
    }

    /// The nearest subject before a participle: not after a preposition, not a possessive.
    fn subject_before(&mut self, p: &P<'a>, s: usize, idx: usize) -> Option<Speaker> {
        let mut j = idx;
        while j > s && idx - j < 40 {
            let t = &p.toks[j - 1];
            let candidate = t.is_word()
                && ((t.cap && !t.has(flag::FUNC)) || PronounKind::of(t.flags).is_some())
                && !is_possessive(t.lower);
            if candidate {
                if let Some((a, b)) = self.np_before(p, s, j) {
                    let after_prep =
                        a > s && p.toks[a - 1].is_word() && p.toks[a - 1].has(flag::PREP) && !p.punct(b, ',');
                    if !after_prep {
                        return self.resolve(p, a, b, false);
                    }
                    j = a;
                    continue;
                }
            }
            j -= 1;
        }
        None
    }

    /// Whether the quotation at token `k` is a label ("the so-called “…”", "the slogan “…”").
    fn is_fragment(&self, p: &P<'a>, s: usize, k: usize) -> bool {
        let prev = |n: usize| if k >= s + n { Some(&p.toks[k - n]) } else { None };
        let marker = |t: Option<&Token>| t.is_some_and(|t| t.is_word() && t.has(flag::FRAGMENT));
        marker(prev(1)) || marker(prev(2)) && prev(1).is_some_and(|t| t.has(flag::DET) || t.is_word() && !t.cap)
    }

    fn headline(&mut self, p: &P<'a>, item_first_out: usize) {
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
                        self.verb_cue(p, s, e, i, c, &ct, &mut st);
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
    fn resolve_headline_quotes(&mut self, parsed: &[P<'_>], paras: &[Para]) {
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

    /// Gives every statement of a speaker the role the document states for that speaker.
    fn fill_roles(&mut self) {
        for st in &mut self.out {
            if let Some(r) = self.names.role(&st.speaker) {
                if !r.is_empty() && st.role.is_empty() {
                    r.clone_into(&mut st.role);
                }
            }
        }
        // the first role seen for a speaker goes to all their statements
        let mut first: std::collections::HashMap<String, String> = std::collections::HashMap::new();
        for st in &self.out {
            if !st.role.is_empty() && !st.speaker.is_empty() {
                first.entry(st.speaker.clone()).or_insert_with(|| st.role.clone());
            }
        }
        for st in &mut self.out {
            if st.role.is_empty() {
                if let Some(r) = first.get(&st.speaker) {
                    r.clone_into(&mut st.role);
                }
            }
        }
    }
}

/// Most tokens one sentence is analysed as: a longer run-on is cut into windows, so that every
/// rule's work per sentence is bounded and the whole extraction stays linear.
const MAX_SENTENCE_TOKENS: usize = 300;

fn bounded(sents: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    if sents.iter().all(|&(a, b)| b - a <= MAX_SENTENCE_TOKENS) {
        return sents;
    }
    let mut out = Vec::with_capacity(sents.len());
    for (a, b) in sents {
        let mut s = a;
        while b - s > MAX_SENTENCE_TOKENS {
            out.push((s, s + MAX_SENTENCE_TOKENS));
            s += MAX_SENTENCE_TOKENS;
        }
        out.push((s, b));
    }
    out
}

/// Whether tokens look like a clause with a finite verb rather than a bare noun phrase.
fn looks_like_clause(p: &P<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        let t = &p.toks[k];
        t.is_word() && (t.has(flag::FINITE) || k > a && t.lower.len() > 4 && t.lower.ends_with("ed"))
    })
}

/// Whether most words of a line are capitalised, as in a Title Case headline.
fn title_case(toks: &[Token<'_>]) -> bool {
    let words = toks.iter().filter(|t| t.is_word() && !t.has(flag::FUNC)).count();
    let caps = toks.iter().filter(|t| t.is_word() && !t.has(flag::FUNC) && t.cap).count();
    words < 6 || caps * 2 > words
}

/// Moves `end` back over closing punctuation, not below `start`.
fn trim_punct(p: &P<'_>, start: usize, mut end: usize) -> usize {
    while end > start && matches!(p.toks[end - 1].kind, TokKind::Punct('.' | ',' | ';' | ':' | '!' | '?')) {
        end -= 1;
    }
    end
}

/// Whether a quotation ends right before token `k`, directly or before a comma.
fn quote_ends_at(p: &P<'_>, s: usize, k: usize) -> bool {
    k > s && (p.is_quote(k - 1) || k >= s + 2 && p.punct(k - 1, ',') && p.is_quote(k - 2))
}

fn rest_is_punct(p: &P<'_>, from: usize, e: usize) -> bool {
    (from..e).all(|k| matches!(p.toks[k].kind, TokKind::Punct(_)))
}

/// Where a clause before an attribution may start: after the last clause or quote attribution.
fn clause_floor(p: &P<'_>, s: usize, t: usize, clauses: &[(usize, usize)]) -> usize {
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

fn clean_role(r: &str) -> String {
    let r = r.trim().trim_end_matches([',', ';', ':']);
    r.strip_suffix("’s").unwrap_or(r).trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::items::{paragraphs, split_items};

    fn run(text: &str) -> Vec<(StatementKind, String, String)> {
        let mut paras = paragraphs(text);
        let items = split_items(text, &mut paras);
        let lang = super::super::lexicon::detect_lang(text);
        Engine::new(text, lang, &TokenArena::new())
            .run(&paras, &items)
            .into_iter()
            .map(|s| (s.kind, s.speaker, text[s.start..s.end].to_owned()))
            .collect()
    }

    #[test]
    fn long_sentences_are_cut_into_windows() {
        assert_eq!(bounded(vec![(0, 10)]), vec![(0, 10)]);
        assert_eq!(bounded(vec![(0, 650)]), vec![(0, 300), (300, 600), (600, 650)]);
    }

    #[test]
    fn core_verbs_take_bare_clauses() {
        let core = |w: &str, lang: Lang| super::super::lexicon::cue(w, lang).is_some_and(|c| c.has(cue_trait::CORE));
        assert!(
            core("said", Lang::En) && core("told", Lang::En) && core("sagte", Lang::De) && core("déclaré", Lang::Fr)
        );
        assert!(!core("revealed", Lang::En) && !core("described", Lang::En));
    }

    #[test]
    fn roles_lose_trailing_punctuation_and_possessives() {
        assert_eq!(clean_role(" Germany’s, "), "Germany");
        assert_eq!(clean_role("top EU diplomat,"), "top EU diplomat");
    }

    #[test]
    fn trailing_attribution_after_a_clause() {
        let v = run("Talks\nThe talks will resume in March, the ministry said.\n");
        assert_eq!(
            v,
            vec![(StatementKind::Position, "ministry".to_owned(), "The talks will resume in March".to_owned())]
        );
    }

    #[test]
    fn intro_phrase_then_subject_is_not_trailing() {
        let v = run("Talks\nAfter the vote in Brussels, Commissioner Ana Lopes said the deal was done.\n");
        assert_eq!(v, vec![(StatementKind::Position, "Ana Lopes".to_owned(), "the deal was done".to_owned())]);
    }

    #[test]
    fn quote_after_colon_with_subject_but_no_cue() {
        let v = run(
            "Interview\nOn Monday, Chancellor Jonas Weber, in an interview with a daily: « Nous tiendrons bon. »\n",
        );
        assert!(v.iter().any(|(k, s, _)| *k == StatementKind::Quote && s == "Jonas Weber"), "{v:?}");
    }

    #[test]
    fn konjunktiv_continues_the_previous_speaker() {
        let v = run("Streit\nMinisterin Eva Roth sagte, der Plan sei gut. Er habe breite Unterstützung.\n");
        assert!(
            v.iter().any(|(k, s, t)| *k == StatementKind::Position && s == "Eva Roth" && t.starts_with("Er habe")),
            "{v:?}"
        );
    }

    #[test]
    fn negated_and_questioning_cues_give_nothing() {
        assert!(run("Talks\nThe minister did not say when talks would resume.\n").is_empty());
        assert!(run("Talks\nShe refused to say whether the plan would pass.\n").is_empty());
    }
}
