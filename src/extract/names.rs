//! Speaker phrases: splitting a phrase into role and name, and the document-wide name index that
//! resolves short names ("Macron") to the fullest name the document gives ("Emmanuel Macron").

use super::lexicon::{FastMap, FastSet, WordSet, flag, flags_ascii_case, flags_of};
use super::tokens::{TokKind, Token};

/// Titles of address and office abbreviations that stand before a name: “Mr.”, “Mme”, “Sen.”.
pub fn is_courtesy_title(w: &str) -> bool {
    flags_ascii_case(w.trim_end_matches('.')) & flag::COURTESY != 0
}

/// Whether a word is an acronym in capitals ("AFP", "NATO", "PPE").
pub fn is_acronym(w: &str) -> bool {
    // (the test that fails first on most words first: a lowercase letter)
    w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
        && w.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
}

/// Whether a word ends in a possessive ("Germany’s", "Merz's").
pub fn is_possessive(w: &str) -> bool {
    w.ends_with("’s") || w.ends_with("'s") || w.ends_with("’S") || w.ends_with("'S")
}

/// A word without its possessive ending ("Germany’s" -> "Germany").
pub fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).unwrap_or(w)
}

/// A speaker phrase split into its parts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SplitName {
    /// Proper name ("Dovile Sakaliene", "White House"), empty for a description.
    pub name: String,
    /// Role words before or around the name ("Lithuanian Defense Minister").
    pub role: String,
    /// The phrase without its determiner, for unnamed speakers ("anonymous White House official").
    pub description: String,
    /// Whether the phrase opens with an indefinite determiner (an unnamed speaker).
    pub indefinite: bool,
    /// Whether the head looks like an organisation.
    pub org: bool,
}

/// The last word of a name or role (`split_whitespace().next_back()`), read on bytes where it and
/// what ends the string are ASCII, as they mostly are: the name index asks this of every name.
#[inline]
fn last_word(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    let space = super::tokens::is_ascii_space;
    if b.last().is_some_and(|&c| c.is_ascii() && !space(c)) {
        let mut start = b.len();
        while start > 0 && !space(b[start - 1]) {
            if !b[start - 1].is_ascii() {
                return s.split_whitespace().next_back();
            }
            start -= 1;
        }
        return Some(&s[start..]);
    }
    s.split_whitespace().next_back()
}

/// Whether a word is an initial (“M.”, “J”).
fn is_initial(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    s.chars().next().is_some_and(char::is_uppercase) && (letters == 1 || s.contains('.')) && letters <= 3
}

/// The words of a phrase joined by spaces, without one after an elision (“l'Etat”, “d’Alger”;
/// not after a plural possessive: “Nurses’ Union”).
fn join_words(ws: &[&str]) -> String {
    let mut out = String::with_capacity(ws.iter().map(|w| w.len() + 1).sum());
    let mut glue = false;
    for w in ws {
        if !out.is_empty() && !glue {
            out.push(' ');
        }
        out.push_str(w);
        glue = w.ends_with(['\'', '’']) && !w.trim_end_matches(['\'', '’']).ends_with(['s', 'S']);
    }
    out
}

/// Letters after a name for a member's seat or an honour (uppercase, sorted): “Ada Lind MP”,
/// “Anna Berg MSP”, “Peter Roe KC” are Ada Lind, Anna Berg and Peter Roe.
const POST_NOMINALS: [&str; 10] = ["CBE", "KC", "MBE", "MEP", "MLA", "MP", "MSP", "OBE", "QC", "TD"];

/// How many words at the end of a phrase are [`POST_NOMINALS`] after a person's name of two
/// words or more, opening with a known first name (not after a party: “a Liberal Democrat MP”).
fn post_nominals(ws: &[&str]) -> usize {
    let n = ws.iter().rev().take_while(|w| POST_NOMINALS.binary_search(w).is_ok()).count();
    let person = ws.first().is_some_and(|w| crate::extract::lexicon::first_name_gender(w) != 0);
    if n > 0 && ws.len() >= n + 2 && person { n } else { 0 }
}

/// The class flags of a word of a phrase; an elided word with a straight apostrophe as with a
/// typographic one (“d'” is “d’”, the form the word lists give).
fn word_flags(w: &str) -> u64 {
    match w.strip_suffix('\'') {
        Some(head) => flags_of(&format!("{head}’")),
        None => flags_of(w),
    }
}

/// Splits the words of a speaker phrase (`words` are the original spellings) into role and name.
pub fn split_phrase(words: &[&str]) -> SplitName {
    let mut out = SplitName::default();
    let ws = &words[leading_skip(words, &mut out.indefinite)..];
    let ws = &ws[..ws.len() - post_nominals(ws)];
    let flags: Vec<u64> = ws.iter().map(|w| word_flags(w)).collect();
    // (each word's flags as written, as `flags_of` gives them: the same but for a straight
    // apostrophe; the rules that read a word as written take them from here, not from the table)
    let written: Vec<u64> =
        ws.iter().zip(&flags).map(|(w, &f)| if w.ends_with('\'') { flags_of(w) } else { f }).collect();
    let is = |k: usize, bit: u64| flags[k] & bit != 0;
    out.description = join_words(ws);
    out.org = (0..ws.len()).any(|k| bare_flags(ws, &written, k) & flag::ORG != 0) || ws.len() == 1 && is_acronym(ws[0]);
    if head_with_complement(ws, &flags, &written) {
        out.name = join_words(ws);
        out.org = true;
        return out;
    }
    // “the Prime Minister’s Office”, “the Ombudsman’s Office”: an owner and an organisation
    // word are one organisation's name, role words of the owner too
    let cap = |w: &&str| w.starts_with(char::is_uppercase);
    let owned_org = ws.len() >= 2
        && cap(&ws[ws.len() - 1])
        && flags[ws.len() - 1] & flag::ORG != 0
        && is_possessive(ws[ws.len() - 2])
        && cap(&ws[ws.len() - 2]);
    if owned_org {
        let a = ws.iter().rposition(|w| !cap(w)).map_or(0, |k| k + 1);
        out.name = join_words(&ws[a..]);
        out.org = true;
        return out;
    }
    let k = name_start(ws, &flags, &written);
    if let Some(named) = kind_before_first_word_name(ws, &flags, k) {
        return SplitName { description: out.description, indefinite: out.indefinite, ..named };
    }
    // “ministère de la Défense”, “ministère russe des Affaires étrangères”: a lowercase
    // organisation head with its named complement is one organisation
    let head_org = flags.first().is_some_and(|f| f & flag::ORG != 0) && ws[0].starts_with(char::is_lowercase);
    // (French and German: an English “board of …”, “army of …” is rather a group's description)
    // (the particle may be elided too: « la mairie d’Albi »)
    let complement_at = |m: usize| {
        m > 0
            && (flags[m - 1] & flag::PARTICLE_OF != 0 && !ws[m - 1].eq_ignore_ascii_case("of")
                || matches!(ws[m - 1], "d’" | "d'"))
    };
    // (the article may be elided: « préfecture de l’Aude », « ministère de l’Intérieur »)
    let article = |m: usize| flags[m] & flag::DET != 0 || ws[m].ends_with(['’', '\'']);
    if head_org && k > 1 && k < ws.len() && (complement_at(k) || complement_at(k - 1) && article(k - 1)) {
        out.name = join_words(ws);
        out.org = true;
        return out;
    }
    // “the president of France”, “Der Vorsitzende des Vereins”: a role with its complement
    // (and an organisation of several words after the role and its particles: „der Jurist von
    // der Universität Halle“, « le juriste de l'université de Lyon »)
    let complement = ws.len() - k == 1 && k >= 2 && is(k - 1, flag::PARTICLE_OF) && is(k - 2, flag::ROLE)
        || role_of_organisation(ws, &flags, k)
        || fr_complement_with_a(ws, &flags, k);
    // “The Wikileaks founder”, “the Fed chief”: a person described by a role
    let person_tail = k == ws.len() && flags.last().is_some_and(|&f| f & flag::ROLE != 0 && f & flag::ORG == 0);
    if complement || person_tail {
        out.role = join_words(ws);
        out.org = false;
        return out;
    }
    if let Some((a, end)) = person_of_organisation(ws, &flags, k) {
        // (the organisation without its “of the”: “Harbor Policy Institute”)
        out.name = join_words(&ws[a..end]);
        [join_words(&ws[..a]), join_words(&ws[end + 2..])].join(" ").trim().clone_into(&mut out.role);
        out.org = false;
        return out;
    }
    if k == ws.len() {
        return described_org(ws, &flags, &written, out);
    }
    if let Some(split) = person_of_place(ws, &flags, k) {
        out.name = join_words(&ws[split.0..split.1]);
        [join_words(&ws[..split.0]), join_words(&ws[split.1..])].join(" ").trim().clone_into(&mut out.role);
        out.org = false;
        return out;
    }
    if group_in_place(ws, &flags, k) {
        return out;
    }
    named(ws, &written, k, out)
}

/// The flags of word `k` of a phrase without its possessive ending (`written`: the words' flags as
/// written).
fn bare_flags(ws: &[&str], written: &[u64], k: usize) -> u64 {
    let bare = strip_possessive(ws[k]);
    if bare.len() == ws[k].len() { written[k] } else { flags_of(bare) }
}

/// Rule "a group described by its place": in “officials in Kyiv”, “residents in Gaza”,
/// “diplomats at the UN” the place after “in” or “at” (from `k`) only says where the group is:
/// the phrase is a description, no name. The words before the preposition are plural role,
/// source or group nouns.
fn group_in_place(ws: &[&str], flags: &[u64], k: usize) -> bool {
    if k < 2 || !matches!(ws[k - 1], "in" | "at") {
        return false;
    }
    let group = ws[k - 2];
    let plural = is_plural_of(group, flag::ROLE | flag::SOURCE_NOUN | flag::GROUP_NOUN)
        || flags_of(&group.to_lowercase()) & flag::GROUP_NOUN != 0;
    plural && (0..k - 1).all(|j| flags[j] & flag::FUNC == 0)
}

/// Whether `word` is the plural (“-s”) of a listed word with one of the flags `bits`
/// (“officials”, “Workers”).
fn is_plural_of(word: &str, bits: u64) -> bool {
    word.to_lowercase().strip_suffix('s').is_some_and(|one| flags_of(one) & bits != 0)
}

/// Rule "an organisation's kind before a French name capitalised on its first word only": in
/// « le syndicat Force ouvrière », « le parti Rassemblement national » the kind (a lowercase
/// organisation word) is the role and the rest, a capitalised word and lowercase ones after it
/// (adjectives), the organisation's name. `k` is where
/// [`name_start`] put the name: past the end, as the name ends in lowercase.
fn kind_before_first_word_name(ws: &[&str], flags: &[u64], k: usize) -> Option<SplitName> {
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let kind = ws.len() >= 3 && k == ws.len() && !capitalised(ws[0]) && flags[0] & flag::ORG != 0 && capitalised(ws[1]);
    // (an adjective: no short word, verb, article, function word or preposition: « Volta va … »)
    let not_plain = flag::FUNC | flag::DET | flag::PREP | flag::PARTICLE_OF | flag::AUX | flag::FINITE;
    let plain = |m: usize| !capitalised(ws[m]) && ws[m].chars().count() >= 4 && flags[m] & not_plain == 0;
    (kind && (2..ws.len()).all(plain)).then(|| SplitName {
        name: join_words(&ws[1..]),
        role: ws[0].to_owned(),
        org: true,
        ..SplitName::default()
    })
}

/// French particles that join a role and its place or domain (« à Berlin », « aux Transports »).
pub(crate) const FR_PLACE_PARTICLES: [&str; 3] = ["au", "aux", "à"];

/// Rule "a French role's complement with à": in « ministre délégué aux Transports »,
/// « ambassadeur de France à Berlin », « secrétaire d'État à l'Enfance » the one capitalised word
/// at `k` after « à », « au », « aux » (and an elided article) completes the role before it: no
/// name.
fn fr_complement_with_a(ws: &[&str], flags: &[u64], k: usize) -> bool {
    if ws.len() != k + 1 || k < 2 {
        return false;
    }
    let elided = matches!(ws[k - 1], "l’" | "l'");
    let particle = if elided { k - 2 } else { k - 1 };
    particle >= 1 && FR_PLACE_PARTICLES.contains(&ws[particle]) && flags[..particle].iter().any(|f| f & flag::ROLE != 0)
}

/// Whether the phrase is one organisation's head with its complement: „Bundesverband der
/// Deutschen Industrie“, „Institut der deutschen Wirtschaft“ (a capitalised head and its
/// genitive, no role word among them: „Präsident des Verbands“ is a role of the organisation);
/// « Cour des comptes », « Autorité de la concurrence » (a capitalised head, its particle and
/// a lowercase complement); „Bundesamt für Migration und Flüchtlinge“ (a capitalised head,
/// „für“ and capitalised nouns, joined by „und“), and in English “Office for Budget
/// Responsibility”, “Consumer Council for Water” (capitalised words may stand before the head).
fn head_with_complement(ws: &[&str], flags: &[u64], written: &[u64]) -> bool {
    let head = |k: usize| flags.get(k).is_some_and(|f| f & flag::ORG != 0 && f & flag::ROLE == 0);
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let genitive_org = ws.len() >= 3
        && head(0)
        && capitalised(ws[0])
        && matches!(ws[1], "der" | "des")
        && ws.last().is_some_and(|w| capitalised(w))
        && (2..ws.len()).all(|j| {
            written[j] & flag::ROLE == 0
                && (capitalised(ws[j]) || written[j] & flag::FUNC == 0 || matches!(ws[j], "für" | "und"))
        });
    let fr_institution = (3..=5).contains(&ws.len())
        && head(0)
        && capitalised(ws[0])
        && flags[1] & flag::PARTICLE_OF != 0
        && (2..ws.len()).all(|j| ws[j].starts_with(char::is_lowercase) && written[j] & flag::ROLE == 0);
    // („Bundesamt für Migration und Flüchtlinge“, „Landesamt für Umwelt“, “Department for
    // Education”, “Consumer Council for Water”: the head right before „für“ or “for”)
    let plain_cap = |j: usize| capitalised(ws[j]) && written[j] & flag::ROLE == 0;
    let fuer_org = ws.iter().position(|w| matches!(*w, "für" | "for")).is_some_and(|f| {
        f >= 1
            && f + 1 < ws.len()
            && head(f - 1)
            && (0..f).all(plain_cap)
            && (f + 1..ws.len()).all(|j| plain_cap(j) || matches!(ws[j], "und" | "and") && j + 1 < ws.len())
    });
    genitive_org || fr_institution || fuer_org
}

/// A word without a French elided article or particle before it (“l’université” →
/// “université”); names keep their apostrophe (“O'Brien”: the head is no elision).
pub(crate) fn strip_elision(w: &str) -> &str {
    match w.find(['’', '\'']) {
        Some(k)
            if flags_of(&w[..k].to_lowercase()) & flag::ELISION != 0 || matches!(&w[..k], "l" | "d" | "L" | "D") =>
        {
            w[k..].char_indices().nth(1).map_or("", |(j, _)| &w[k + j..])
        }
        _ => w,
    }
}

/// Whether the name from word `k` is an organisation complement of the role before it: a role
/// word, then particles, articles and lowercase organisation words (von der, vom, de
/// l'université de), and an organisation word among them or in the name („der Jurist von der
/// Universität Halle“, « le juriste de l'université de Lyon »). Not English “of” (“Minister of
/// State Jane Roe”).
fn role_of_organisation(ws: &[&str], flags: &[u64], k: usize) -> bool {
    // (a French elided article stays on its word: “l’université”)
    let bare = strip_elision;
    let linking = |j: usize| {
        let b = bare(ws[j]);
        flags[j] & (flag::PARTICLE_OF | flag::DET | flag::ELISION) != 0
            || ws[j].ends_with(['’', '\''])
            || flags_of(b) & flag::ORG != 0 && b.starts_with(char::is_lowercase)
    };
    let Some(role) = (0..k).rev().find(|&j| !linking(j)) else { return false };
    // (the organisation in the name, or a lowercase head before a one-word place: not the
    // person named after an organisation, “secrétaire général de l'Otan Mark Rutte”)
    let org_at = (k..ws.len()).find(|&j| flags_of(bare(ws[j])) & flag::ORG != 0);
    // (at most a place after the organisation word: “Universität Halle”)
    let org_in_name =
        org_at.is_some_and(|o| ws[o + 1..].iter().filter(|w| w.starts_with(char::is_uppercase)).count() <= 1);
    // (or a German genitive „des“ right after the role, no first name after it: „der Trainer
    // des FC Hafen 1912“; a person's name takes „von“)
    let des = role + 2 == k
        && ws[role + 1] == "des"
        && ws.len() - k <= 3
        && ws.get(k).is_some_and(|w| crate::extract::lexicon::first_name_gender(w) == 0);
    let org = org_in_name || des || ws.len() == k + 1 && (role + 1..k).any(|j| flags_of(bare(ws[j])) & flag::ORG != 0);
    role + 1 < k
        && flags[role] & flag::ROLE != 0
        && flags[role + 1] & flag::PARTICLE_OF != 0
        && !ws[role + 1].eq_ignore_ascii_case("of")
        && org
}

/// Rule "a person of a place": in “Rep. Lee Zeldin of New York”, “Donald Hartley of Madison” the
/// name is the run of two or three capitalised words before “of” (no role, organisation or
/// function word) after a title or role, or two words opening the phrase before a short place;
/// not the place after it, which stays in the role. The range of the name, if the phrase is one.
fn person_of_place(ws: &[&str], flags: &[u64], k: usize) -> Option<(usize, usize)> {
    if k < 3 || !ws[k - 1].eq_ignore_ascii_case("of") {
        return None;
    }
    let end = k - 1;
    let a = name_run_before(ws, flags, end);
    // a title or role before the name shows a person (“Water and Sewer Distributors of
    // America” is an organisation)
    let titled = (0..a).any(|j| flags[j] & (flag::ROLE | flag::ABBREV) != 0 || is_courtesy_title(ws[j]));
    // (or a first name and a surname alone before a place of one or two words: “Donald Hartley of
    // Madison”; not the tail of a coordinated name, “Water and Sewer Distributors of America”)
    let place = ws.len() - k;
    // (nor an organisation of plural role nouns: “Communications Workers of America”)
    let plural_role = is_plural_of(ws[end - 1], flag::ROLE | flag::ORG);
    let bare = a == 0
        && end - a == 2
        && !plural_role
        && (1..=2).contains(&place)
        && ws[k..].iter().all(|w| w.starts_with(char::is_uppercase));
    (end - a >= 2 && (titled || bare)).then_some((a, end))
}

/// Rule "a person of an organisation": in “Rachel Stone of the Harbor Policy Institute” the two
/// or three capitalised words before “of the” (no role, organisation or function word) are the
/// name when the words after it (from `k`) name an organisation (an organisation word among
/// them); the organisation, without “of the”, is the role. German „von der/den/dem“ counts as
/// “of the” after a name that opens with a first name, before an organisation or group word
/// or two capitalised words („Renate Vogt von den Freien Wählern“). The range of the name, if the phrase
/// is one.
fn person_of_organisation(ws: &[&str], flags: &[u64], k: usize) -> Option<(usize, usize)> {
    // (“of the” before the organisation's first word, or before its lowercase adjectives: “of
    // the leftist Green Party”, “of the Juntos party”)
    // (and German „von der“, „von den“, „von dem“: „Renate Vogt von den Freien Wählern“, when
    // the name opens with a first name)
    let von_det = |m: usize| m >= 2 && matches!(ws[m - 1], "der" | "den" | "dem") && ws[m - 2] == "von";
    let of_the = |m: usize| {
        m >= 2 && ws[m - 1].eq_ignore_ascii_case("the") && ws[m - 2].eq_ignore_ascii_case("of")
            || von_det(m)
                && m >= 4
                && crate::extract::lexicon::first_name_gender(ws[name_run_before(ws, flags, m - 2)]) != 0
    };
    let adjective =
        |j: usize| ws[j].starts_with(char::is_lowercase) && flags[j] & (flag::FUNC | flag::ORG | flag::ROLE) == 0;
    let at = if k < ws.len() && k >= 4 && of_the(k) {
        k
    } else {
        (2..ws.len()).find(|&m| of_the(m) && m >= 4 && (m..ws.len()).take_while(|&j| adjective(j)).count() < 3)?
    };
    let end = at - 2;
    let a = name_run_before(ws, flags, end);
    // (after „von der/den/dem“: an organisation or group word, or two capitalised words —
    // „Anna Maria von der Heide“ is one name)
    let von_org =
        von_det(at) && (flags[at..].iter().any(|f| f & (flag::ORG | flag::GROUP_NOUN) != 0) || ws.len() - at >= 2);
    let org = flags[at..].iter().any(|f| f & flag::ORG != 0) || von_org;
    (end - a >= 2 && org).then_some((a, end))
}

/// Where the run of up to three plain capitalised words (no role, organisation, function word
/// or possessive) ending before word `end` starts, after a courtesy title (“Mr. Lee Zeldin”).
fn name_run_before(ws: &[&str], flags: &[u64], end: usize) -> usize {
    let plain = |j: usize| {
        ws[j].chars().next().is_some_and(char::is_uppercase)
            && flags[j] & (flag::ROLE | flag::ORG | flag::ORG_DESCRIPTOR | flag::FUNC) == 0
            && !is_possessive(ws[j])
    };
    let mut a = end;
    while a > 0 && end - a < 3 && plain(a - 1) {
        a -= 1;
    }
    while a < end && is_courtesy_title(ws[a]) {
        a += 1;
    }
    a
}

/// How many words open a phrase without belonging to it: determiners (setting `indefinite` for
/// an indefinite one), function words that are no role words, and particles (“du PPE”).
fn leading_skip(ws: &[&str], indefinite: &mut bool) -> usize {
    let mut skip = 0;
    while let Some(first) = ws.get(skip) {
        let f = flags_of(first);
        if f & (flag::DET | flag::INDEF) != 0
            || first.eq_ignore_ascii_case("another")
            || first.eq_ignore_ascii_case("one") && ws.len() > 1
        {
            *indefinite = f & flag::INDEF != 0;
            skip += 1;
        } else if f & (flag::FUNC | flag::POSSESSIVE) != 0 && f & flag::ROLE == 0 {
            skip += 1;
        } else if f & flag::PREP != 0 && f & (flag::ROLE | flag::NAME_PARTICLE) == 0 && ws.len() > skip + 1 {
            // (a preposition opening the sentence: « À Beyrouth, … » names a place, not someone)
            skip += 1;
        } else {
            break;
        }
    }
    // leading particles are no role (“du PPE”)
    while ws.len() > skip + 1 && flags_ascii_case(ws[skip]) & flag::LEAD_PARTICLE != 0 {
        skip += 1;
    }
    skip
}

/// Where the name starts: the trailing run of capitalised words that are no role words, after
/// any courtesy title (“Mr. Trump”; office abbreviations such as “Sen.” are a role), with the
/// capitalised modifiers of an organisation's head word (“the Democratic Party”).
/// Last parts of a capitalised compound that make it an adjective, not a name (sorted): “Hale-style
/// retort”, “Texas-based consultant”, “Kremlin-backed party”, “Oscar-winner”.
const ADJECTIVAL_TAILS: [&str; 24] = [
    "area",
    "backed",
    "based",
    "born",
    "brand",
    "bred",
    "controlled",
    "era",
    "friendly",
    "funded",
    "held",
    "inspired",
    "leaning",
    "led",
    "like",
    "linked",
    "made",
    "occupied",
    "owned",
    "run",
    "sponsored",
    "style",
    "winner",
    "winning",
];

/// Rule "a capitalised compound with an adjectival last part is no name": whether `word` ends
/// in a hyphen and a part of [`ADJECTIVAL_TAILS`] (“Hale-style”, “Los Angeles-area”).
pub(crate) fn is_adjectival_compound(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(head, tail)| !head.is_empty() && ADJECTIVAL_TAILS.binary_search(&tail).is_ok())
}

/// Where the name of a speaker phrase starts (`flags`: its words' flags, an elision with a straight
/// apostrophe read as with a typographic one; `written`: its words' flags as written): after the
/// role words, an office's complement or a particle that opens no surname.
fn name_start(ws: &[&str], flags: &[u64], written: &[u64]) -> usize {
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c == '@');
    let mut k = ws.len();
    while k > 0 {
        let w = ws[k - 1];
        // “Ernst & Young”, “Chamber of Commerce”: an ampersand or “of” between capitalised words
        // that are no role words joins one name
        // (“of” only after an organisation word: “Xi Jinping of China” is a person of a place)
        let org_before = k >= 2 && flags[k - 2] & (flag::ORG | flag::ORG_DESCRIPTOR) != 0;
        let joined = k >= 2
            && k < ws.len()
            && (w == "&" || org_before && flags[k - 1] & flag::PARTICLE_OF != 0 && !w.contains(char::is_uppercase))
            && capitalised(ws[k - 2])
            && flags[k - 2] & (flag::ROLE | flag::FUNC) == 0
            && !is_possessive(ws[k - 2]);
        // a particle between capitalised words of a name (“Ursula von der Leyen”)
        let particle =
            k >= 2 && k < ws.len() && is_name_particle(w) && (capitalised(ws[k - 2]) || is_name_particle(ws[k - 2]));
        // (a title inside ends the name: “Ohio Gov. Kasich”)
        // (not an initial: “Jeffrey M. Jones”)
        let title_inside = k < ws.len() && w.ends_with('.') && w.chars().count() > 2 && is_courtesy_title(w);
        // (an organisation's last word before a first name and a surname ends the name: “Head
        // of the Port Authority Ada Lind”, “President of the European Commission Ursula von
        // der Leyen”)
        let org_before_person =
            flags[k - 1] & flag::ORG != 0 && k + 1 < ws.len() && crate::extract::lexicon::first_name_gender(ws[k]) != 0;
        if !(capitalised(w) || joined || particle)
            || flags[k - 1] & flag::ROLE != 0
            || is_possessive(w)
            || title_inside
            || org_before_person
        {
            break;
        }
        k -= 1;
    }
    // a name does not start with a particle, unless the phrase opens with it: a surname with
    // its particle (“van Dijk”, „von der Leyen“ after a verb), no article before it
    let surname = k > 0 && k < ws.len() && flags[0] & flag::DET == 0 && ws[..k].iter().all(|w| is_name_particle(w));
    // (and after a title, a Germanic particle: “President von der Leyen”, “Mayor van Dijk”; a
    // Romance one may open an office's complement, “Président de la République”)
    // („von“ only before „der“: „Bürgermeister von Kiel“ is an office's place; and no
    // organisation after them: „Jurist von der Universität Rostock“)
    let org_after = written[k..].iter().any(|f| f & flag::ORG != 0);
    let titled = k > 0
        && k < ws.len()
        && flags[k - 1] & flag::ROLE != 0
        && !org_after
        && (matches!(ws[k], "van" | "ter") || ws[k] == "von" && ws.get(k + 1) == Some(&"der"));
    if titled {
        return k;
    }
    if surname {
        k = 0;
    }
    while !surname && k < ws.len() && is_name_particle(ws[k]) {
        k += 1;
    }
    while k + 1 < ws.len() && is_courtesy_title(ws[k]) {
        k += 1;
    }
    if let Some(start) = office_complement_name_start(ws, flags, k) {
        k = start;
    }
    if ws.len() - k == 1 && k > 0 && flags[ws.len() - 1] & flag::ORG != 0 {
        while k > 0 && capitalised(ws[k - 1]) && !is_possessive(ws[k - 1]) {
            k -= 1;
        }
    }
    k
}

/// The last words of a portfolio (lowercase, sorted): an office's complement ends with one
/// (“Minister for Economic Affairs”, “Secretary of State”, “Chancellor of the Exchequer”).
const PORTFOLIO_ENDS: [&str; 29] = [
    "affairs",
    "agriculture",
    "commerce",
    "culture",
    "defence",
    "defense",
    "development",
    "economy",
    "education",
    "employment",
    "energy",
    "environment",
    "exchequer",
    "finance",
    "health",
    "housing",
    "industry",
    "infrastructure",
    "interior",
    "labor",
    "labour",
    "security",
    "state",
    "tourism",
    "trade",
    "transport",
    "transportation",
    "treasury",
    "welfare",
];

/// Whether a lowercase word ends a portfolio (“affairs”, “state”, “exchequer”).
pub fn is_portfolio_end(lower: &str) -> bool {
    static SET: WordSet = WordSet::new(&PORTFOLIO_ENDS);
    SET.contains(lower)
}

/// Rule "an office's complement before the name": in “Minister for Economic Affairs Santoso”,
/// “Secretary of State Blinken”, “Chancellor of the Exchequer Reeves”, “Vice President for
/// Government Relations Ada Lind” the capitalised words after a role word and “for” or “of”
/// (the run from `k`) are the office's complement and then the name. The name starts after the
/// complement's last portfolio word, else at a known first name, else (after “for”) it is the
/// last two words (an initial between them too). None when no role word and particle stand
/// before `k`, or when none of these applies.
fn office_complement_name_start(ws: &[&str], flags: &[u64], k: usize) -> Option<usize> {
    let after_the = k >= 1 && ws[k - 1].eq_ignore_ascii_case("the");
    let particle = if after_the { k.checked_sub(2)? } else { k.checked_sub(1)? };
    let joins = flags[particle] & flag::ROLE_JOIN != 0 || ws[particle] == "of" || ws[particle] == "for";
    let office = particle >= 1 && flags[particle - 1] & flag::ROLE != 0;
    if !joins || !(office || flags[particle] & flag::ROLE_JOIN != 0) || ws.len() - k < 2 {
        return None;
    }
    if let Some(h) = (k..ws.len() - 1).rev().find(|&j| is_portfolio_end(&ws[j].to_lowercase())) {
        return Some(h + 1);
    }
    if let Some(f) = (k..ws.len() - 1).find(|&j| crate::extract::lexicon::first_name_gender(ws[j]) != 0) {
        return Some(f);
    }
    if ws.len() - k <= 2 || flags[particle] & flag::ROLE_JOIN == 0 {
        return None;
    }
    let initial = ws.len() - k > 3 && ws[ws.len() - 2].ends_with('.');
    Some(ws.len() - if initial { 3 } else { 2 })
}

/// A phrase without a trailing name: an organisation with a lowercase descriptor (“the AFP
/// news agency”) has its capitalised head as the name; anything else is a role.
fn described_org(ws: &[&str], flags: &[u64], written: &[u64], mut out: SplitName) -> SplitName {
    let is_role = |k: usize| flags[k] & flag::ROLE != 0;
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let org_tail = written.last().is_some_and(|f| f & flag::ORG_DESCRIPTOR != 0);
    if let Some(last_cap) = ws.iter().rposition(capitalised).filter(|&c| org_tail && !is_role(c)) {
        let mut a = last_cap + 1;
        while a > 0 && capitalised(&ws[a - 1]) && !is_role(a - 1) {
            a -= 1;
        }
        // “Russia's foreign ministry”: an owner's organisation keeps its whole name
        if is_possessive(ws[last_cap]) {
            out.name = join_words(&ws[a..]);
            out.role = join_words(&ws[..a]);
            out.org = true;
            return out;
        }
        out.role = join_words(&ws[last_cap + 1..]);
        if !out.role.is_empty() && a > 0 {
            out.role = format!("{} {}", join_words(&ws[..a]), out.role);
        }
        out.name = join_words(&ws[a..=last_cap]);
        out.org = true;
        return out;
    }
    out.role = join_words(ws);
    out
}

/// A phrase whose name starts at word `k`: a long capitalised run keeps its last two words as
/// the name, three with an initial or a hyphenated second-last word (or when the whole phrase is
/// three words, or three plain words follow a role word, or a known first name stands before a
/// capitalised particle and a word), four for an organisation.
fn named(ws: &[&str], written: &[u64], mut k: usize, mut out: SplitName) -> SplitName {
    // rule "an organisation before a person's name belongs to the role": in “secrétaire général
    // de l'Otan Mark Rutte” the organisation word opening the run is the role's complement
    let person_after =
        ws.len() - k >= 3 && written[k + 1..].iter().all(|f| f & (flag::ORG | flag::ROLE | flag::FUNC) == 0);
    if k > 0 && out.org && written[k] & flag::ORG != 0 && person_after {
        k += 1;
        out.org = false;
    }
    // (and a party's abbreviation after the role: « le député RN Grégory Lemaire »)
    if k > 0 && is_acronym(ws[k]) && person_after && written[k - 1] & flag::ROLE != 0 {
        k += 1;
        out.org = false;
    }
    // (an ampersand joins an organisation's name: “Kessler & Raab”, “Procter & Gamble”)
    if ws[k..].contains(&"&") {
        out.org = true;
    }
    // the name's words, without the particles and ampersands inside (“Ursula von der Leyen” is
    // two words)
    let words: Vec<usize> = (k..ws.len()).filter(|&j| !is_name_particle(ws[j]) && ws[j] != "&").collect();
    let n = words.len();
    let second_last = ws[words[n.saturating_sub(2)]];
    let max = if n >= 3 && (is_initial(second_last) || second_last.contains('-')) { 3 } else { 2 };
    // (three plain words right after a role word are one name: “novelist Ana Vargas Rios”)
    let plain_word = |j: &usize| written[*j] & (flag::ORG | flag::ROLE | flag::FUNC | flag::TIME) == 0;
    let after_role = k > 0 && written[k - 1] & flag::ROLE != 0 && words.iter().all(plain_word);
    // (and a known first name before a surname of a capitalised particle and a word: “avocat
    // de Jean-Baptiste Le Goff”, “lawyer for Maria Da Silva”; not an office's place and a name,
    // “mayor of Charlotte Vi Lyles”)
    let capitalised_particle = |w: &str| w.starts_with(char::is_uppercase) && is_name_particle(&w.to_lowercase());
    let first_name_first =
        n == 3 && crate::extract::lexicon::first_name_gender(ws[words[0]]) != 0 && capitalised_particle(ws[words[1]]);
    let limit = if out.org {
        4
    } else if n == 3 && (k == 0 || after_role || first_name_first) {
        3
    } else {
        max
    };
    if n > limit {
        k = words[n - limit];
    }
    out.name = join_words(&ws[k..]);
    out.role = join_words(&ws[role_start(&written[..k])..k]);
    // (an organisation in the role makes no organisation of the person named after a role word:
    // “Commission trade spokesperson Anja Lindqvist” is a woman)
    let name_org = (k..ws.len()).any(|j| bare_flags(ws, written, j) & flag::ORG != 0);
    if out.org && !name_org && has_role_word(&out.role) && !ws[k..].contains(&"&") {
        out.org = false;
    }
    if ws.len() - k == 1 && is_acronym(ws[k]) {
        out.org = true;
    }
    out
}

/// Whether a phrase has a role word (“Chinese President”, “Hafenchef”; not a headline's words,
/// not “Stellungnahme”).
pub(crate) fn has_role_word(role: &str) -> bool {
    role.split_whitespace().any(|w| flags_of(w) & flag::ROLE != 0)
}

/// Where the role before a name starts: after a particle that only plain nouns precede and a
/// role word follows (“Rücktritt von Generalsekretär Jan Meyer” has the role
/// “Generalsekretär”; “Director of the FBI” keeps its role word before the particle), by the
/// words' `flags` as written.
fn role_start(flags: &[u64]) -> usize {
    let Some(m) = (0..flags.len()).rev().find(|&m| flags[m] & flag::PARTICLE_OF != 0) else { return 0 };
    let plain_before = flags[..m].iter().all(|f| f & (flag::ROLE | flag::ORG | flag::ORG_DESCRIPTOR) == 0);
    let role_after = flags[m + 1..].iter().any(|f| f & flag::ROLE != 0);
    if m > 0 && plain_before && role_after { m + 1 } else { 0 }
}

/// Document-wide index from surnames to the fullest names and their roles.
#[derive(Debug, Default)]
pub struct NameIndex {
    /// Last word -> every distinct name ending in it.
    by_last: FastMap<String, Surname>,
    roles: FastMap<String, String>,
    /// Role word -> names with that role.
    role_index: FastMap<String, RoleNames>,
    /// Long role words with their names, for compounds ("Vereinsvorsitzende").
    role_words: Vec<(String, String)>,
    /// First word -> the first person's name of two or three words that starts with it, for
    /// names given surname first (“President Xi” is “Xi Jinping”).
    by_first: FastMap<String, String>,
    /// The roles each fullest name has been indexed with: a name and role seen together before
    /// are not split into role words again (most speakers are resolved many times).
    indexed: FastMap<String, Vec<String>>,
    /// First word -> the company whose name it opens (“Harlow” -> “Harlow Shipping”), or
    /// None when two companies open with it.
    company_by_first: FastMap<String, Option<String>>,
}

/// Last words of a company's name that say its trade or legal form, lowercase, sorted (en, de,
/// fr together): a company so named is called by its first word later (“Harlow Shipping …
/// Harlow said”, „Nordchem AG … Nordchem bestritt“).
const COMPANY_NAME_ENDS: [&str; 53] = [
    "ag",
    "airlines",
    "airways",
    "bank",
    "biotech",
    "brands",
    "capital",
    "chemicals",
    "communications",
    "corp",
    "corporation",
    "electric",
    "energie",
    "energy",
    "ferries",
    "foods",
    "gas",
    "gmbh",
    "group",
    "gruppe",
    "holding",
    "holdings",
    "inc",
    "industries",
    "insurance",
    "kg",
    "logistics",
    "ltd",
    "media",
    "metals",
    "minerals",
    "mining",
    "motors",
    "partners",
    "petroleum",
    "pharma",
    "pharmaceuticals",
    "power",
    "rail",
    "railways",
    "resources",
    "sa",
    "sas",
    "se",
    "shipping",
    "software",
    "solutions",
    "steel",
    "systems",
    "technologies",
    "telecom",
    "water",
    "werke",
];

/// Whether `name` (of `words` words, the last `last`) is a company's by its form: two to four
/// words ending in a word of trade or legal form ([`COMPANY_NAME_ENDS`]: “Harlow Shipping”,
/// „Nordchem AG“), the first a plain capitalised word (not a role, an organisation's, a
/// modifier or a function word: “European Bank” is no company so named).
pub(crate) fn is_company_name(name: &str, last: &str, words: usize) -> bool {
    if !(2..=4).contains(&words) {
        return false;
    }
    // (no lowercase copy: every listed end is ASCII)
    let end = last.trim_end_matches('.');
    let listed = |e: &&str| e.bytes().cmp(end.bytes().map(|c| c.to_ascii_lowercase()));
    if COMPANY_NAME_ENDS.binary_search_by(listed).is_err() {
        return false;
    }
    name.split_whitespace().next().is_some_and(|first| {
        first.chars().count() >= 3
            && first.starts_with(char::is_uppercase)
            && flags_of(first) & (flag::ORG | flag::ROLE | flag::FUNC | flag::ORG_DESCRIPTOR | flag::MODIFIER) == 0
    })
}

/// The names whose role has one word, in the order they were indexed, and as a set (a new name
/// is checked against the set, not the list: the index stays linear in the names).
#[derive(Debug, Default)]
struct RoleNames {
    order: Vec<String>,
    seen: FastSet<String>,
}

/// German heads of a party compound that name a member of the party (“AfD-Politiker”,
/// “CDU-Chefin”), sorted: such a compound may stand for a person named before as of the party.
const PARTY_MEMBER_HEADS: [&str; 10] = [
    "abgeordnete",
    "abgeordneter",
    "chef",
    "chefin",
    "frau",
    "mann",
    "politiker",
    "politikerin",
    "vorsitzende",
    "vorsitzender",
];

/// Names of a role word that [`NameIndex::by_role_word`] weighs: the most recently indexed ones.
/// A briefing has far fewer speakers; the bound keeps a text with thousands of them linear.
const ROLE_CANDIDATES: usize = 512;

/// The names that end in one word.
#[derive(Debug, Default)]
struct Surname {
    /// Whether the word marks an organisation ("Commission"): then the latest fitting name wins.
    org: bool,
    /// Whether one of the names is an organisation's, by a word of its own (“Fahrgastverband
    /// Pro Bahn”): then too the latest fitting name wins (“die Bahn” after “Deutsche Bahn”).
    org_name: bool,
    /// (name, first byte seen, word count)
    names: Vec<(String, usize, usize)>,
    /// Index of the longest name, the earliest on ties, then the first added.
    best: usize,
}

impl NameIndex {
    /// Registers a name seen at byte `pos` of the text (`usize::MAX` when it does not matter),
    /// with the role it was given (possibly empty).
    pub fn add_at(&mut self, name: &str, role: &str, pos: usize) {
        let Some(last) = last_word(name) else { return };
        // (a role ending in a particle is someone's of the name, not the name's: “spokesperson
        // for Hale”, „Sprecherin der Stadtwerke“ — Hale holds no role “spokesperson for”)
        let of_the_name = last_word(role).is_some_and(|w| word_flags(w) & (flag::PARTICLE_OF | flag::PREP) != 0);
        let role = if of_the_name { "" } else { role };
        if !self.by_last.contains_key(last) {
            let org = flags_of(last) & flag::ORG != 0;
            self.by_last.insert(last.to_owned(), Surname { org, org_name: false, names: Vec::new(), best: 0 });
        }
        let Some(entry) = self.by_last.get_mut(last) else { return };
        let words = name.split_whitespace().count();
        // (the first word's name is kept once: the words are looked up only while it has none)
        let first = name.split_whitespace().next().filter(|f| !self.by_first.contains_key(*f));
        let person = || {
            // (not a generational suffix: “Biden Jr” is no name given surname first)
            let suffix =
                ["jr", "sr", "ii", "iii", "iv"].iter().any(|s| last.trim_end_matches('.').eq_ignore_ascii_case(s));
            (2..=3).contains(&words)
                && !entry.org
                && !suffix
                && name.split_whitespace().all(|w| {
                    w.starts_with(char::is_uppercase) && flags_of(w) & (flag::ORG | flag::ROLE | flag::FUNC) == 0
                })
        };
        if let Some(first) = first.filter(|_| person()) {
            self.by_first.insert(first.to_owned(), name.to_owned());
        }
        let (at, new_name) = match entry.names.iter().position(|(n, _, _)| n == name) {
            Some(i) => {
                entry.names[i].1 = entry.names[i].1.min(pos);
                (i, false)
            }
            None => {
                entry.names.push((name.to_owned(), pos, words));
                entry.org_name |= words > 1 && name.split_whitespace().any(|w| flags_of(w) & flag::ORG != 0);
                (entry.names.len() - 1, true)
            }
        };
        // keep the index of the longest name (earliest on ties, then the first added): only the
        // name just added or moved earlier can overtake it
        if let (Some(&(_, cat, clen)), Some(&(_, bat, blen))) = (entry.names.get(at), entry.names.get(entry.best)) {
            if clen > blen || clen == blen && (cat < bat || cat == bat && at < entry.best) {
                entry.best = at;
            }
        }
        if new_name {
            self.add_company(name, last, words);
        }
        if !role.is_empty() {
            let full = self.full_ref(name, usize::MAX);
            let longer =
                self.roles.get(full).is_none_or(|old| old.is_empty() || old.len() < role.len() && role.len() < 120);
            // (every role a name is given finds it, the longest is the one it keeps: “Sen. Ada
            // Roe, an Ohio Democrat” is a senator too)
            let seen = self.indexed.get(full).is_some_and(|roles| roles.iter().any(|r| r == role));
            if seen && !longer {
                return;
            }
            let full = full.to_owned();
            if !seen {
                self.index_role(&full, role);
                self.indexed.entry(full.clone()).or_default().push(role.to_owned());
            }
            if longer {
                self.roles.insert(full, role.to_owned());
            }
        }
    }

    /// Rule "a company is called by its first word": a name of two to four words ending in a
    /// word of trade or legal form ([`COMPANY_NAME_ENDS`]) is found by its first word, unless
    /// that word is a role, an organisation's, a modifier or a function word (“European Bank”)
    /// or opens two companies' names.
    fn add_company(&mut self, name: &str, last: &str, words: usize) {
        if !is_company_name(name, last, words) {
            return;
        }
        let Some(first) = name.split_whitespace().next() else { return };
        match self.company_by_first.get_mut(first) {
            Some(known) if known.as_deref() != Some(name) => *known = None,
            Some(_) => {}
            None => {
                self.company_by_first.insert(first.to_owned(), Some(name.to_owned()));
            }
        }
    }

    /// The fullest form of a name ("Macron" -> "Emmanuel Macron").
    pub fn full(&self, name: &str) -> String {
        self.full_ref(name, usize::MAX).to_owned()
    }

    /// The one company whose name (by its form, as `is_company_name` reads it) opens with `word`
    /// (“Nordstern” → “Nordstern Airlines”); none when no or several companies do.
    pub fn company_of_first_word(&self, word: &str) -> Option<&str> {
        self.company_by_first.get(word)?.as_deref()
    }

    /// Whether the fullest form of a name has more than one word.
    pub fn is_multiword(&self, name: &str) -> bool {
        self.full_ref(name, usize::MAX).contains(' ')
    }

    /// The fullest form of a name as the text stands at byte `pos`. For an organisation word
    /// that several longer names fit (“Commission”: “European Commission”, “Election
    /// Commission”), the one first named most recently before `pos`; otherwise the longest.
    pub fn full_ref<'s>(&'s self, name: &'s str, pos: usize) -> &'s str {
        let Some(last) = last_word(name) else { return "" };
        // rule "a name given surname first": “Xi” is “Xi Jinping” when no longer name ends in it
        // (one introduced with a role: “President Li Wei”, not “the Trump Train”)
        let surname_first = || {
            self.by_first
                .get(name)
                .filter(|full| {
                    name.len() == last.len() && self.roles.get(full.as_str()).is_some_and(|r| has_role_word(r))
                })
                .map(String::as_str)
                .or_else(|| self.company_of_first_word(name))
        };
        let Some(entry) = self.by_last.get(last) else { return surname_first().unwrap_or(name) };
        let list = &entry.names;
        let n = if name.len() == last.len() { 1 } else { name.split_whitespace().count() };
        let org = entry.org || entry.org_name;
        if n == 1 && !org {
            // every name in the list ends in this word: the longest, the earliest on ties
            let best = list.get(entry.best).map_or(name, |(cand, _, _)| cand.as_str());
            return if best.contains(' ') { best } else { surname_first().unwrap_or(best) };
        }
        if list.len() == 1 && list[0].0 == name {
            return name;
        }
        let fits = |full: &str, len: usize| {
            len >= n
                && name.split_whitespace().all(|w| full.split_whitespace().any(|f| f == w || f.eq_ignore_ascii_case(w)))
        };
        // one pass: the longest fitting name (earliest on ties), and for organisations the
        // longer fitting name seen last before `pos`
        let mut best: Option<(&str, usize, usize)> = None;
        let mut longer = 0usize;
        let mut latest: Option<(&str, usize)> = None;
        for (cand, at, len) in list {
            if !fits(cand, *len) {
                continue;
            }
            if best.is_none_or(|(_, l, a)| *len > l || *len == l && *at < a) {
                best = Some((cand, *len, *at));
            }
            if org && *len > n {
                longer += 1;
                if *at <= pos && latest.is_none_or(|(_, a)| *at > a) {
                    latest = Some((cand, *at));
                }
            }
        }
        if longer > 1 {
            if let Some((cand, _)) = latest {
                return cand;
            }
        }
        best.map_or(name, |(cand, _, _)| cand)
    }

    /// Where a name (any of its forms ending in the same word) is first mentioned, as given to
    /// [`Self::add_at`]; None for a name never added.
    pub fn first_at(&self, name: &str) -> Option<usize> {
        let last = name.split_whitespace().next_back()?;
        self.by_last.get(last)?.names.iter().map(|(_, at, _)| *at).min()
    }

    /// The role registered for a full name.
    pub fn role(&self, full: &str) -> Option<&str> {
        self.roles.get(full).map(String::as_str)
    }

    /// The full names whose role names the party or body a German compound starts with
    /// (“AfD-Politiker”: “AfD-Landeschef Björn Hahn”, “Bodo Ramelow (Linke)” for “Linken-Politiker”;
    /// the prefix is also tried without a plural or genitive ending). Sorted, without repeats.
    pub fn by_role_prefix(&self, compound: &str) -> Vec<&str> {
        let Some((prefix, rest)) = compound.split_once('-') else { return Vec::new() };
        // only a member of the party stands for one named before, not its spokesperson
        if prefix.is_empty() || !PARTY_MEMBER_HEADS.contains(&rest) {
            return Vec::new();
        }
        let stems = [Some(prefix), prefix.strip_suffix('n'), prefix.strip_suffix("en"), prefix.strip_suffix('s')];
        let mut out: Vec<&str> = stems
            .into_iter()
            .flatten()
            .filter(|s| s.chars().count() >= 2)
            .filter_map(|s| self.role_index.get(s))
            .flat_map(|v| v.order.iter().rev().take(ROLE_CANDIDATES).map(String::as_str))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The organisation named before byte `pos` whose last word is `head` or a compound ending in
    /// it (“ministry” → “Russian Defence Ministry”, “ministerium” → “Gesundheitsministerium”), or
    /// that was introduced by its kind: a name opening with that word (“Gewerkschaft Verdi”,
    /// “syndicat Force ouvrière”) or given it as its role (“the union Unite”): the one first named
    /// last, the longest on ties; under its fuller name when a speaker of that kind was named so
    /// with lowercase words after it (« l'association Droits numériques »).
    pub fn org_by_head(&self, head: &str, pos: usize) -> Option<&str> {
        // (no allocation: the word equals the head but for its first letter's case, or a
        // compound ends in it)
        let fits = |w: &str| {
            let mut a = w.chars();
            let mut b = head.chars();
            let same = a.next().zip(b.next()).is_some_and(|(x, y)| x.to_lowercase().eq(std::iter::once(y))) && a.eq(b);
            same || w.len() > head.len() + 2 && w.ends_with(head)
        };
        // (the kind opening the name, the rest being the proper name: not “Government
        // Development Bank” for “the government”)
        // (after a compound cut at its hyphen: „Industrie- und Handelskammer Hannover“)
        let opens_with_kind = |n: &str| {
            let mut ws = n.split_whitespace().peekable();
            if ws.peek().is_some_and(|w| w.ends_with('-')) {
                ws.nth(1);
            }
            ws.next().is_some_and(fits) && ws.all(|w| flags_of(w) & (flag::ORG | flag::ROLE | flag::MODIFIER) == 0)
        };
        let by_name = self.by_last.iter().flat_map(|(last, e)| {
            let whole = fits(last);
            e.names.iter().filter(move |(n, _, words)| whole || *words >= 2 && opens_with_kind(n))
        });
        // (a name given the kind word alone as a role, maybe besides a longer one: « le syndicat
        // étudiant Port Libre » is a union, “étudiant” taken for its role too)
        let kind_role = |n: &&String| {
            self.indexed.get(n.as_str()).is_some_and(|rs| rs.iter().any(|r| r.eq_ignore_ascii_case(head)))
        };
        let by_role = self.role_index.get(head).into_iter().flat_map(|r| r.order.iter()).filter(kind_role);
        let by_role = by_role.filter_map(|n| {
            let e = self.by_last.get(n.split_whitespace().next_back()?)?;
            e.names.iter().find(|(m, _, _)| m == n)
        });
        let long = |n: &str| n.contains(' ') || n.chars().count() > 8;
        let found = by_name
            .filter(|(n, _, _)| long(n))
            .chain(by_role)
            .filter(|(_, at, _)| *at < pos)
            .max_by_key(|(n, at, words)| (*at, *words, n.len()))
            .map(|(n, _, _)| n.as_str())?;
        // rule "an organisation's name goes on in lowercase words": « l'association Droits
        // numériques » is indexed by its capitalised word, and named in full as a speaker with
        // the same kind: the fuller name
        let fuller = self.role_index.get(head).and_then(|r| {
            r.order
                .iter()
                .find(|m| m.len() > found.len() + 1 && m.starts_with(found) && m[found.len()..].starts_with(' '))
        });
        Some(fuller.map_or(found, String::as_str))
    }

    /// Finds the full names whose role mentions `head` ("minister", "chancelier"), also inside a
    /// compound role word ("Vereinsvorsitzende" for "vorsitzende"). Sorted, without repeats.
    pub fn by_role_word(&self, head: &str) -> Vec<&str> {
        let mut out: Vec<&str> = self
            .role_index
            .get(head)
            .map(|v| v.order.iter().rev().take(ROLE_CANDIDATES).map(String::as_str).collect())
            .unwrap_or_default();
        if head.chars().count() >= 4 {
            // compounds: the most recent few hundred role words are enough for one document
            out.extend(
                self.role_words
                    .iter()
                    .rev()
                    .take(ROLE_CANDIDATES)
                    .filter(|(w, _)| w.len() > 5 && w.len() > head.len() && w.ends_with(head))
                    .map(|(_, n)| n.as_str()),
            );
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Indexes a name under every word of its role, so that [`Self::by_role_word`] is one lookup.
    fn index_role(&mut self, name: &str, role: &str) {
        let lower = role.to_lowercase();
        let mut words: Vec<&str> =
            lower.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
        // rule "a role's complement is another's when its head is no role": “daughter of a
        // former president”, “close friend of Prime Minister Ole Berg” make no president nor
        // prime minister; “spokesperson for the ministry” is indexed whole
        if let Some(h) = words.iter().position(|w| flags_of(w) & flag::PARTICLE_OF != 0) {
            if h > 0 && words[..h].iter().all(|w| flags_of(w) & flag::ROLE == 0) {
                words.truncate(h);
            }
        }
        // the parts of a hyphenated compound too: “AfD-Landeschef” is of the “afd” and a
        // “landeschef”
        let parts = words
            .iter()
            .filter_map(|w| w.split_once('-'))
            .flat_map(|(a, b)| [a, b.rsplit('-').next().unwrap_or(b)])
            .filter(|a| !a.is_empty());
        // (an office's abbreviation under its office too: “Sen.” is a “senator”)
        let offices = words.iter().filter_map(|w| -> Option<&str> { crate::extract::lexicon::office_of_title(w) });
        for w in words.iter().copied().chain(parts).chain(offices) {
            let list = match self.role_index.get_mut(w) {
                // (no new strings for a word and a name seen together before)
                Some(list) if list.seen.contains(name) => continue,
                Some(list) => list,
                None => self.role_index.entry(w.to_owned()).or_default(),
            };
            if list.seen.insert(name.to_owned()) {
                list.order.push(name.to_owned());
                if w.len() > 5 {
                    self.role_words.push((w.to_owned(), name.to_owned()));
                }
            }
        }
    }
}

/// Whether token `j` is the hyphen of a German compound cut before a joint: right after its
/// word, then „und“ or „oder“ and a capitalised word („Industrie- und Handelskammer“, „Bau-
/// oder Verkehrsministerium“).
pub(crate) fn is_compound_cut(toks: &[Token], j: usize) -> bool {
    j > 0
        && toks.get(j).is_some_and(|h| h.is_punct('-') && h.start == toks[j - 1].end)
        && toks.get(j + 1).is_some_and(|t| t.kind == TokKind::Word && matches!(t.lower, "und" | "oder"))
        && toks.get(j + 2).is_some_and(|t| t.kind == TokKind::Word && t.cap)
}

/// Articles that follow a name particle inside a name (“von der Leyen”, “van den Berg”, “de la
/// Fuente”), sorted.
const PARTICLE_ARTICLES: [&str; 6] = ["den", "der", "het", "la", "las", "los"];

/// How many lowercase particle words at token `j` stand before a capitalised word: one particle
/// (“de”), or a particle and an article (“von der”); 0 when none do.
fn particles_before_cap(toks: &[Token], j: usize) -> usize {
    let particle =
        |k: usize| toks.get(k).is_some_and(|t| t.kind == TokKind::Word && !t.cap && t.has(flag::NAME_PARTICLE));
    // (not before an organisation: “Uwe Jun von der Universität Trier”)
    let cap = |k: usize| {
        toks.get(k).is_some_and(|t| t.kind == TokKind::Word && t.cap && t.flags & (flag::ORG | flag::ROLE) == 0)
    };
    let article =
        |k: usize| toks.get(k).is_some_and(|t| t.kind == TokKind::Word && PARTICLE_ARTICLES.contains(&t.lower));
    if particle(j) && cap(j + 1) {
        1
    } else if particle(j) && article(j + 1) && cap(j + 2) {
        2
    } else {
        0
    }
}

/// Whether token `j` is a name's article after a capitalised particle, before a capitalised word
/// that is no organisation's or role's (“der” in “Alexander Van der Bellen”, “den” in “Pieter
/// Van den Broeck”).
pub(crate) fn is_article_after_cap_particle(toks: &[Token], j: usize) -> bool {
    j > 0
        && toks[j].kind == TokKind::Word
        && !toks[j].cap
        && toks[j - 1].cap
        && toks[j - 1].has(flag::NAME_PARTICLE)
        && PARTICLE_ARTICLES.contains(&toks[j].lower)
        && toks.get(j + 1).is_some_and(|t| t.kind == TokKind::Word && t.cap && t.flags & (flag::ORG | flag::ROLE) == 0)
}

/// Whether a word is a name particle or an article after one (“von”, “der” in “von der Leyen”).
pub(crate) fn is_name_particle(w: &str) -> bool {
    !w.chars().next().is_some_and(char::is_uppercase)
        && (flags_of(w) & flag::NAME_PARTICLE != 0 || PARTICLE_ARTICLES.contains(&w))
}

/// Endings of English and French sentence adverbs (sorted): “Notably”, “Crucially”,
/// « Concrètement » — names rarely end so (“Connolly”, “Beverly”, “Clément” do not).
const ADVERB_ENDINGS: [&str; 17] = [
    "ably", "ally", "ately", "ctly", "edly", "ently", "fully", "ibly", "icly", "ingly", "ively", "lessly", "ment",
    "ntly", "ously", "ptly", "stly",
];

/// English ordinals that open a sentence before a comma to count its points (sorted):
/// “Second, the secretary spoke …”.
const OPENING_ORDINALS: [&str; 4] = ["fifth", "fourth", "second", "third"];

/// The shortest stem (in letters) before “-ly” or « -ment »: shorter words are names
/// (“Sally”, “Clément”).
const ADVERB_MIN_STEM: usize = 4;

/// Rule "a sentence adverb before its comma is no name": “Notably, the secretary spoke …”,
/// « Concrètement, le ministre a … », “Second, …” — the capitalised word at token `i` opens its
/// sentence, a comma follows, and it ends like an English or French adverb after a stem of four
/// letters or more, or is an ordinal. It is not a first name.
fn is_opening_adverb(toks: &[Token], i: usize) -> bool {
    let opens = i == 0 || matches!(toks[i - 1].kind, TokKind::Punct('.' | '!' | '?' | ':' | ';'));
    let comma = toks.get(i + 1).is_some_and(|t| t.is_punct(','));
    // (the cheap tests first: this runs on every capitalised word)
    if !(opens && comma) {
        return false;
    }
    let t = &toks[i];
    let stem = t.lower.strip_suffix("ment").or_else(|| t.lower.strip_suffix("ly")).unwrap_or_default();
    let adverb = ADVERB_ENDINGS.iter().any(|e| t.lower.ends_with(e)) && stem.chars().count() >= ADVERB_MIN_STEM;
    let ordinal = OPENING_ORDINALS.binary_search(&t.lower).is_ok();
    (adverb || ordinal) && t.flags & (flag::MALE | flag::FEMALE) == 0
}

/// Names of the weekdays (English and German, lowercase, sorted): no part of a name.
const WEEKDAYS: [&str; 15] = [
    "dienstag",
    "donnerstag",
    "freitag",
    "friday",
    "mittwoch",
    "monday",
    "montag",
    "samstag",
    "saturday",
    "sonnabend",
    "sonntag",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
];

/// Collects capitalised runs of a paragraph's tokens as name candidates: (first, last+1) token ranges.
pub fn capitalised_runs(toks: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // (a time after its preposition opens no name before a name: „sagte am Dienstag Jan
        // Moser“)
        let time_after_preposition = || {
            toks[i].has(flag::TIME)
                && i > 0
                && toks[i - 1].kind == TokKind::Word
                && toks[i - 1].flags & (flag::PREP | flag::TIME_LEAD) != 0
                && toks.get(i + 1).is_some_and(|t| t.kind == TokKind::Word && t.cap)
        };
        if toks[i].kind == TokKind::Word
            && toks[i].cap
            && !toks[i].has(flag::FUNC)
            && !time_after_preposition()
            && !is_opening_adverb(toks, i)
        {
            let a = i;
            let mut j = i + 1;
            // (particles inside: “Ursula von der Leyen”, “Charles de Gaulle”; not after one
            // noun with its article: “aus dem Umfeld von Faber”)
            // (nor after an article opening the sentence: „Die Wahl von Lenz sei …“)
            let after_article = a > 0 && toks[a - 1].kind == TokKind::Word && toks[a - 1].has(flag::DET);
            let noun = if toks[a].has(flag::DET) { a + 1 } else { a };
            // (nor a noun after its preposition: „nach Angaben von Kuhn“; a first name there
            // opens a name: „laut Ursula von der Leyen“)
            let after_prep = a > 0 && toks[a - 1].kind == TokKind::Word && toks[a - 1].has(flag::PREP);
            let first_name = toks.get(noun).is_some_and(|t| t.flags & (flag::MALE | flag::FEMALE) != 0);
            // (only before German „von“: « la Banque de France », “in Rio de Janeiro” keep theirs)
            let von = toks.get(noun + 1).is_some_and(|t| t.lower == "von");
            let own_article = after_article || von && (noun > a || after_prep && !first_name);
            // (and an article after a capitalised particle: “Alexander Van der Bellen”, “Pieter
            // Van den Broeck”)
            let article_of_particle = |j: usize| j > a && is_article_after_cap_particle(toks, j);
            let joins = |j: usize| {
                !(own_article && j == noun + 1) && (particles_before_cap(toks, j) > 0 || article_of_particle(j))
            };
            // (a weekday ends the name: “in South Carolina Saturday”, „sagte Moser Montag“)
            // (but a day's own name keeps it: “Super Tuesday”, “Good Friday”, “Easter Monday”)
            let day_name = |j: usize| {
                matches!(toks[j - 1].lower, "ash" | "black" | "cyber" | "easter" | "good" | "holy" | "super")
            };
            let weekday =
                |j: usize| toks[j].has(flag::TIME) && WEEKDAYS.binary_search(&toks[j].lower).is_ok() && !day_name(j);
            // (a German compound cut at its hyphen joins the one it shares its head with:
            // „Industrie- und Handelskammer“)
            let truncated = |j: usize| is_compound_cut(toks, j);
            while j < toks.len()
                && (toks[j].kind == TokKind::Word && (toks[j].cap || joins(j)) && !weekday(j) || truncated(j))
            {
                j += if toks[j].cap || article_of_particle(j) {
                    1
                } else if truncated(j) {
                    2
                } else {
                    particles_before_cap(toks, j)
                };
            }
            // initials with their dot: "Robert M. Danin" (and an office's abbreviation:
            // "Democratic Sen. Ada Lind" is no "Democratic Sen")
            // (not a title of address, which opens a name of its own: “Perhaps Mr. Comey”)
            let title = |t: &Token| t.has(flag::ABBREV) && t.flags & (flag::NUMBERED | flag::MALE | flag::FEMALE) == 0;
            // (both in turn: "Sen. Benjamin L. Cardin")
            while j < toks.len()
                && toks[j].is_punct('.')
                && toks.get(j + 1).is_some_and(|t| t.cap)
                && j > a
                && (is_initial_tok(&toks[j - 1]) || title(&toks[j - 1]))
            {
                let mut k = j + 1;
                while k < toks.len() && toks[k].kind == TokKind::Word && toks[k].cap {
                    k += 1;
                }
                j = k;
            }
            out.push((a, j));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// Whether a token is an initial.
fn is_initial_tok(t: &Token) -> bool {
    t.cap && (t.lower.chars().count() == 1 || t.lower.contains('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> (String, String) {
        let w: Vec<&str> = s.split(' ').collect();
        let r = split_phrase(&w);
        (r.name, r.role)
    }

    #[test]
    fn a_surname_stands_for_its_longest_name_then_the_earliest_then_the_first_added() {
        let mut names = NameIndex::default();
        names.add_at("Dan Lind", "", usize::MAX);
        names.add_at("Eve Lind", "", usize::MAX);
        assert_eq!(names.full_ref("Lind", usize::MAX), "Dan Lind");
        names.add_at("Ada Lind", "", 50);
        names.add_at("Ben Lind", "", 10);
        assert_eq!(names.full_ref("Lind", usize::MAX), "Ben Lind");
        // (a name seen again earlier than the longest one overtakes it)
        names.add_at("Ada Lind", "", 5);
        assert_eq!(names.full_ref("Lind", usize::MAX), "Ada Lind");
        names.add_at("Cara Anne Lind", "", 100);
        assert_eq!(names.full_ref("Lind", usize::MAX), "Cara Anne Lind");
    }

    #[test]
    fn the_last_word_is_split_whitespace_s_last() {
        for s in [
            "",
            " ",
            "Lind",
            "Ada Lind",
            "Ada  Lind ",
            "Ada\tLind",
            "Ada Müller",
            "Ada\u{a0}Lind",
            "Ada Lind\u{a0}",
            "ÉLysée x",
        ] {
            assert_eq!(last_word(s), s.split_whitespace().next_back(), "{s:?}");
        }
    }

    #[test]
    fn an_acronym_has_two_letters_or_more_all_capitals() {
        for (w, acronym) in [("NATO", true), ("EU", true), ("U.S.", true), ("CDU-Fraktion", false), ("A", false)] {
            assert_eq!(is_acronym(w), acronym, "{w}");
        }
        assert!(!is_acronym("Lind") && !is_acronym("3M1") && is_acronym("ÖVP"));
    }

    #[test]
    fn portfolio_ends_are_sorted() {
        assert!(PORTFOLIO_ENDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn an_office_s_complement_ends_with_its_portfolio_before_the_name() {
        let pair = |n: &str, r: &str| (n.to_owned(), r.to_owned());
        assert_eq!(split("Secretary of State Harlan"), pair("Harlan", "Secretary of State"));
        assert_eq!(split("Minister for Economic Affairs Tanoto"), pair("Tanoto", "Minister for Economic Affairs"));
        assert_eq!(split("Chancellor of the Exchequer Vale"), pair("Vale", "Chancellor of the Exchequer"));
        // (else at a known first name, else the last two words after “for”)
        assert_eq!(split("Governor of Norland Ada Lind"), pair("Ada Lind", "Governor of Norland"));
        assert_eq!(
            split("Vice President for Government Relations Ode Brenk"),
            pair("Ode Brenk", "Vice President for Government Relations")
        );
    }

    #[test]
    fn adverb_tables_are_sorted() {
        assert!(ADVERB_ENDINGS.windows(2).all(|w| w[0] < w[1]));
        assert!(OPENING_ORDINALS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_sentence_adverb_before_its_comma_is_no_name() {
        let runs = |t: &str| {
            let arena = crate::extract::tokens::TokenArena::default();
            let toks = crate::extract::tokens::tokenize(t, &[], crate::extract::lexicon::Lang::En, &arena);
            capitalised_runs(&toks)
                .into_iter()
                .map(|(a, b)| toks[a..b].iter().map(|t| t.lower).collect::<Vec<_>>().join(" "))
                .collect::<Vec<_>>()
        };
        assert_eq!(runs("Notably, the mayor spoke. Second, Ada Lind left."), ["ada lind"]);
        assert_eq!(runs("Concrètement, le maire a parlé."), Vec::<String>::new());
        // (names that end alike, or the adverb inside its sentence, stay)
        assert_eq!(
            runs("Connolly, the mayor, spoke. Sally, the aide, left. Clément, le maire, a parlé."),
            ["connolly", "sally", "clément"]
        );
    }

    #[test]
    fn an_office_abbreviation_joins_the_name_run_and_leaves_the_name() {
        let t = "Democratic Sen. Ada Lind and Ohio Gov. Tom B. Reed met Rev. Al Moss.";
        let arena = crate::extract::tokens::TokenArena::default();
        let toks = crate::extract::tokens::tokenize(t, &[], crate::extract::lexicon::Lang::En, &arena);
        let runs: Vec<String> =
            super::capitalised_runs(&toks).iter().map(|&(a, b)| t[toks[a].start..toks[b - 1].end].to_owned()).collect();
        assert!(
            runs.contains(&"Democratic Sen. Ada Lind".to_owned()) && runs.contains(&"Ohio Gov. Tom B. Reed".to_owned()),
            "{runs:?}"
        );
        let split = super::split_phrase(&["Ohio", "Gov.", "Tom", "B.", "Reed"]);
        assert_eq!(&*split.name, "Tom B. Reed");
        assert_eq!(&*super::split_phrase(&["Jeffrey", "M.", "Jones"]).name, "Jeffrey M. Jones");
    }

    #[test]
    fn a_weekday_ends_a_name() {
        let t =
            "Ada Lind spoke in South Carolina Saturday. Dann sprach Jan Moser Montag in Kiel. It was Super Tuesday.";
        let arena = crate::extract::tokens::TokenArena::default();
        let toks = crate::extract::tokens::tokenize(t, &[], crate::extract::lexicon::Lang::En, &arena);
        let runs: Vec<String> =
            super::capitalised_runs(&toks).iter().map(|&(a, b)| t[toks[a].start..toks[b - 1].end].to_owned()).collect();
        assert!(runs.iter().any(|r| r == "South Carolina") && runs.iter().any(|r| r == "Jan Moser"), "{runs:?}");
        assert!(runs.iter().any(|r| r == "Super Tuesday"), "{runs:?}");
        assert!(runs.iter().all(|r| !r.contains(" Saturday") && !r.contains(" Montag")), "{runs:?}");
    }

    #[test]
    fn a_word_an_organisation_s_name_ends_in_is_the_latest_fitting_name() {
        // (“Fahrgastverband Pro Bahn” is an organisation by its first word: “Bahn” is then the
        // latest name ending in it, not the longest)
        let mut ix = NameIndex::default();
        ix.add_at("Fahrgastverband Pro Bahn", "", 10);
        ix.add_at("Deutsche Bahn", "", 50);
        assert_eq!(ix.full_ref("Bahn", 60), "Deutsche Bahn");
        assert_eq!(ix.full_ref("Bahn", 20), "Fahrgastverband Pro Bahn");
        // (persons keep the longest name)
        let mut ix = NameIndex::default();
        ix.add_at("Ada Maria Lind", "", 10);
        ix.add_at("Ada Lind", "", 50);
        assert_eq!(ix.full_ref("Lind", 60), "Ada Maria Lind");
    }

    #[test]
    fn a_noun_with_its_article_takes_no_name_particle() {
        let t = "Die Wahl von Lenz war gut. Dort sprach Ursula von der Leyen. Nach Angaben von Kuhn \
                 bleibt laut Ursula von der Leyen alles gut.";
        let arena = crate::extract::tokens::TokenArena::default();
        let toks = crate::extract::tokens::tokenize(t, &[], crate::extract::lexicon::Lang::De, &arena);
        let runs: Vec<String> =
            super::capitalised_runs(&toks).iter().map(|&(a, b)| t[toks[a].start..toks[b - 1].end].to_owned()).collect();
        assert!(runs.iter().all(|r| !r.contains("Wahl von") && !r.contains("Angaben von")), "{runs:?}");
        assert_eq!(runs.iter().filter(|r| *r == "Ursula von der Leyen").count(), 2, "{runs:?}");
        // (other particles keep their names: “in Rio de Janeiro”, « La Banque de France »)
        let t = "Sie war in Rio de Janeiro. La Banque de France a dit non.";
        let toks = crate::extract::tokens::tokenize(t, &[], crate::extract::lexicon::Lang::Fr, &arena);
        let runs: Vec<String> =
            super::capitalised_runs(&toks).iter().map(|&(a, b)| t[toks[a].start..toks[b - 1].end].to_owned()).collect();
        assert!(
            runs.iter().any(|r| r == "Rio de Janeiro") && runs.iter().any(|r| r.ends_with("Banque de France")),
            "{runs:?}"
        );
    }

    #[test]
    fn adjectival_tails_are_sorted_and_make_no_name() {
        assert!(super::ADJECTIVAL_TAILS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::is_adjectival_compound("Hale-style") && super::is_adjectival_compound("Texas-based"));
        assert!(!super::is_adjectival_compound("Sang-jin") && !super::is_adjectival_compound("Eva-Marie"));
    }

    /// Regression: a paragraph ending in a capitalised article made the name-particle check read
    /// past its last token.
    #[test]
    fn name_particle_check_read_past_a_paragraph_ending_in_an_article() {
        let t = "Er sagte nur: Die";
        let arena = crate::extract::tokens::TokenArena::default();
        let toks = crate::extract::tokens::tokenize(t, &[], crate::extract::lexicon::Lang::De, &arena);
        assert!(super::capitalised_runs(&toks).len() <= 2);
    }

    #[test]
    fn an_organisation_in_the_role_makes_no_organisation_of_the_person() {
        let sp = super::split_phrase(&["Commission", "trade", "spokesperson", "Anja", "Lind"]);
        assert_eq!((&*sp.name, sp.org), ("Anja Lind", false));
        let sp = super::split_phrase(&["White", "House", "spokesman", "Ole", "Brand"]);
        assert_eq!((&*sp.name, sp.org), ("Ole Brand", false));
        // (an organisation's own name keeps it one: “Gewerkschaft Verdi”)
        assert!(super::split_phrase(&["Gewerkschaft", "Verdi"]).org);
    }

    #[test]
    fn a_person_of_an_organisation() {
        assert_eq!(
            split("Rachel Stone of the Harbor Policy Institute"),
            ("Rachel Stone".into(), "Harbor Policy Institute".into())
        );
        // (a role with a German genitive „des“ and an organisation: no person's name)
        let sp = super::split_phrase(&["Trainer", "des", "FC", "Hafen", "1912"]);
        assert_eq!((&*sp.name, &*sp.role), ("", "Trainer des FC Hafen 1912"));
        // (a role and its particle with no name after them split without a fault)
        assert_eq!(&*super::split_phrase(&["Trainer", "des"]).name, "");
        // (German „von den“ after a name that opens with a first name)
        assert_eq!(split("Renate Vogt von den Freien Wählern"), ("Renate Vogt".into(), "Freien Wählern".into()));
        // (but a name with its particle stays one: „Anna Maria von der Heide“)
        assert_eq!(split("Anna Maria von der Heide").0, "Anna Maria von der Heide");
        // without an organisation word after “of the” the rule does not apply
        assert_ne!(split("Rachel Stone of the Old Quarter").0, "Rachel Stone");
    }

    #[test]
    fn an_elided_article_is_stripped_and_a_name_kept() {
        assert_eq!(strip_elision("l’université"), "université");
        assert_eq!(strip_elision("d'Alger"), "Alger");
        assert_eq!(strip_elision("O'Brien"), "O'Brien");
    }

    #[test]
    fn a_role_of_an_organisation_names_no_one() {
        // the organisation after the role and its particles is its complement, not a name
        assert_eq!(
            split("der Jurist von der Universität Rostock"),
            (String::new(), "Jurist von der Universität Rostock".into())
        );
        assert_eq!(
            split("le juriste de l’ université de Brest"),
            (String::new(), "juriste de l’université de Brest".into())
        );
        // a name after the role stays a name
        assert_eq!(split("Jurist Tom Brand").0, "Tom Brand");
    }

    #[test]
    fn a_name_given_surname_first() {
        let mut ix = NameIndex::default();
        ix.add_at("Li Wei", "President", 10);
        ix.add_at("Li", "", 90);
        assert_eq!(ix.full("Li"), "Li Wei");
        // not without a role, nor before a generational suffix
        let mut ix = NameIndex::default();
        ix.add_at("Trump Train", "", 10);
        ix.add_at("Biden Jr", "Vice President", 20);
        assert_eq!((ix.full("Trump"), ix.full("Biden")), ("Trump".to_owned(), "Biden".to_owned()));
    }

    #[test]
    fn an_organisation_head_keeps_its_complement_after_an_elided_article() {
        let cases: [(&[&str], &str); 3] = [
            (&["préfecture", "de", "l’", "Aude"], "préfecture de l’Aude"),
            (&["ministère", "de", "l'", "Intérieur"], "ministère de l'Intérieur"),
            (&["mairie", "d'", "Albi"], "mairie d'Albi"),
        ];
        for (words, name) in cases {
            let s = split_phrase(words);
            assert_eq!((s.name.as_str(), s.role.as_str(), s.org), (name, "", true), "{words:?}");
        }
    }

    #[test]
    fn a_role_with_an_elided_particle_and_its_place_is_no_name() {
        // (rule "a role with its complement": « le maire d’Albi » as « le préfet de l’Aude »)
        for (words, role) in
            [(["maire", "d'", "Albi"], "maire d'Albi"), (["directeur", "d’", "Airbus"], "directeur d’Airbus")]
        {
            let s = split_phrase(&words);
            assert_eq!((s.name.as_str(), s.role.as_str()), ("", role), "{words:?}");
        }
    }

    #[test]
    fn a_role_ending_in_a_particle_is_not_the_name_s() {
        let mut ix = NameIndex::default();
        ix.add_at("Roger Hale", "Sen.", 10);
        ix.add_at("Hale", "spokesperson for", 50);
        ix.add_at("Stadtwerke", "Sprecherin der", 60);
        assert_eq!((ix.role("Roger Hale"), ix.role("Stadtwerke")), (Some("Sen."), None));
    }

    #[test]
    fn company_name_ends_are_sorted() {
        assert!(COMPANY_NAME_ENDS.windows(2).all(|w| w[0] < w[1]));
        assert!(WEEKDAYS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_company_is_called_by_its_first_word() {
        let mut ix = NameIndex::default();
        ix.add_at("Harlow Shipping", "", 10);
        ix.add_at("Nordchem GmbH", "", 20);
        ix.add_at("Harlow", "", 90);
        assert_eq!(
            (ix.full("Harlow"), ix.full("Nordchem")),
            ("Harlow Shipping".to_owned(), "Nordchem GmbH".to_owned())
        );
        // not when two companies open with the word, nor when a person has it as surname
        ix.add_at("Harlow Energy", "", 100);
        assert_eq!(ix.full("Harlow"), "Harlow");
        let mut ix = NameIndex::default();
        ix.add_at("Brenner Logistics", "", 10);
        ix.add_at("Ada Brenner", "", 20);
        assert_eq!(ix.full("Brenner"), "Ada Brenner");
        // (nor for an organisation's word: “European Bank” is no “European”)
        ix.add_at("European Bank", "", 30);
        assert_eq!(ix.full("European"), "European");
    }

    #[test]
    fn a_role_starts_after_a_particle_that_plain_nouns_precede() {
        assert_eq!(split("Rücktritt von Generalsekretär Jan Meyer"), ("Jan Meyer".into(), "Generalsekretär".into()));
        assert_eq!(split("Director of the FBI James Comey"), ("James Comey".into(), "Director of the FBI".into()));
    }

    #[test]
    fn role_before_name() {
        assert_eq!(
            split("Lithuanian Defense Minister Dovile Sakaliene"),
            ("Dovile Sakaliene".into(), "Lithuanian Defense Minister".into())
        );
        assert_eq!(split("top EU diplomat Kaja Kallas"), ("Kaja Kallas".into(), "top EU diplomat".into()));
        assert_eq!(split("French President Emmanuel Macron"), ("Emmanuel Macron".into(), "French President".into()));
        assert_eq!(split("Trump Deputy Chief of Staff Stephen Miller").0, "Stephen Miller");
        // (a person of an organisation whose name ends in a lowercase head or has adjectives)
        assert_eq!(split("Ada Lind of the Ferry party"), ("Ada Lind".into(), "Ferry party".into()));
        assert_eq!(split("Ada Lind of the leftist Ferry Party"), ("Ada Lind".into(), "leftist Ferry Party".into()));
        // (a first name and surname alone before a short place: the person; not an
        // organisation of plural role nouns)
        assert_eq!(split("Donald Hartley of Madison").0, "Donald Hartley");
        assert_ne!(split("Communications Workers of America").0, "Communications Workers");
        // (an owner and an organisation word are one organisation's name)
        let sp = split_phrase(&["the", "Prime", "Minister’s", "Office"]);
        assert_eq!((sp.name.as_str(), sp.role.as_str(), sp.org), ("Prime Minister’s Office", "", true));
        // (a party's abbreviation after the role is part of it)
        assert_eq!(split("le député RN Paul Lemaire"), ("Paul Lemaire".into(), "député RN".into()));
    }

    #[test]
    fn a_lowercase_organisation_head_with_its_named_complement_is_one_organisation() {
        let sp = split_phrase(&["le", "ministère", "russe", "de", "la", "Défense"]);
        assert_eq!((sp.name.as_str(), sp.org), ("ministère russe de la Défense", true));
        // (not in English: “the board of the Port Trust” stays a description of the board's)
        assert_ne!(split_phrase(&["the", "board", "of", "the", "Port", "Trust"]).name, "board of the Port Trust");
    }

    #[test]
    fn three_plain_words_after_a_role_word_are_one_name() {
        assert_eq!(split("Peruvian novelist Ana Vargas Rios"), ("Ana Vargas Rios".into(), "Peruvian novelist".into()));
        assert_eq!(split("President Park Min Soo"), ("Park Min Soo".into(), "President".into()));
        // (a professional noun is a role: “der Satiriker Olaf Brück”; and a witness or resident)
        assert_eq!(split("Satiriker Olaf Brück"), ("Olaf Brück".into(), "Satiriker".into()));
        assert_eq!(split("Anwohnerin Eva Kern"), ("Eva Kern".into(), "Anwohnerin".into()));
        assert_eq!(split("Verleger Hans Keller"), ("Hans Keller".into(), "Verleger".into()));
    }

    #[test]
    fn organisations_and_descriptions() {
        assert_eq!(split("The White House").0, "White House");
        assert_eq!(split("the AFP news agency"), ("AFP".into(), "news agency".into()));
        let r = split_phrase(&["an", "anonymous", "White", "House", "official"]);
        assert!(r.indefinite);
        assert_eq!(r.description, "anonymous White House official");
        assert_eq!(split("the minister"), (String::new(), "minister".into()));
    }

    #[test]
    fn courtesy_titles_and_party_labels_are_not_names() {
        assert_eq!(split("Mr. Trump").0, "Trump");
        assert_eq!(split("Sen. Lindsey Graham").0, "Lindsey Graham");
        assert_eq!(split("Republican Donald Trump"), ("Donald Trump".into(), "Republican".into()));
        assert_eq!(split("the Democratic Party").0, "Democratic Party");
    }

    #[test]
    fn letters_after_a_name_are_no_part_of_it() {
        assert!(POST_NOMINALS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(split_phrase(&["Anna", "Berg", "MSP"]).name, "Anna Berg");
        assert_eq!(split_phrase(&["Peter", "Roe", "KC", "MP"]).name, "Peter Roe");
        // (after a party it is the role: no name)
        assert_ne!(split_phrase(&["Liberal", "Democrat", "MP"]).name, "Liberal Democrat");
    }

    #[test]
    fn an_english_organisation_goes_on_after_for() {
        for words in [
            &["Office", "for", "Budget", "Responsibility"][..],
            &["Consumer", "Council", "for", "Water"],
            &["Department", "for", "Trade", "and", "Industry"],
        ] {
            let sp = split_phrase(words);
            assert_eq!((sp.name.as_str(), sp.role.as_str(), sp.org), (words.join(" ").as_str(), "", true));
        }
        // (a role word before “for” keeps its complement as a role: no organisation)
        assert!(!split_phrase(&["Minister", "for", "Europe"]).org);
    }

    #[test]
    fn a_first_name_keeps_a_surname_of_two_words_after_a_role_s_particle() {
        let sp = split_phrase(&["avocat", "de", "Jean-Baptiste", "Le", "Goff"]);
        assert_eq!((sp.name.as_str(), sp.role.as_str()), ("Jean-Baptiste Le Goff", "avocat de"));
        let sp = split_phrase(&["lawyer", "for", "Maria", "Da", "Silva"]);
        assert_eq!(sp.name, "Maria Da Silva");
        // (not an office's place before a name)
        let sp = split_phrase(&["mayor", "of", "Charlotte", "Vi", "Lyles"]);
        assert_eq!(sp.name, "Vi Lyles");
    }

    #[test]
    fn initials_keep_three_tokens() {
        assert_eq!(split("Robert M. Danin").0, "Robert M. Danin");
    }

    #[test]
    fn index_resolves_short_names() {
        let mut ix = NameIndex::default();
        ix.add_at("Emmanuel Macron", "French President", usize::MAX);
        ix.add_at("Macron", "", usize::MAX);
        assert_eq!(ix.full("Macron"), "Emmanuel Macron");
        assert_eq!(ix.full("Brigitte"), "Brigitte");
        assert_eq!(ix.role("Emmanuel Macron"), Some("French President"));
        assert_eq!(ix.by_role_word("president"), vec!["Emmanuel Macron"]);
    }

    #[test]
    fn an_organisation_introduced_by_its_kind_is_found_by_that_kind() {
        let mut ix = NameIndex::default();
        ix.add_at("Gesundheitsministerium", "", 10);
        ix.add_at("Gewerkschaft Verdi", "", 20);
        ix.add_at("Unite", "union", 30);
        assert_eq!(ix.org_by_head("ministerium", 100), Some("Gesundheitsministerium"));
        assert_eq!(ix.org_by_head("gewerkschaft", 100), Some("Gewerkschaft Verdi"));
        assert_eq!(ix.org_by_head("union", 100), Some("Unite"));
        // (only names given before the anaphor)
        assert_eq!(ix.org_by_head("union", 25), None);
    }

    #[test]
    fn organisations_keep_their_whole_names() {
        assert_eq!(split_phrase(&["Ernst", "&", "Young"]).name, "Ernst & Young");
        // (an ampersand counts as no word of the name: a described firm keeps both partners)
        let firm = split_phrase(&["Der", "Autobauer", "Lind", "&", "Roe"]);
        assert!(firm.org && firm.name.ends_with("Lind & Roe"), "{firm:?}");
        assert_eq!(split_phrase(&["The", "Chamber", "of", "Commerce"]).name, "Chamber of Commerce");
        assert_eq!(split_phrase(&["la", "Cour", "des", "comptes"]).name, "Cour des comptes");
        assert_eq!(split_phrase(&["Autorité", "de", "la", "concurrence"]).name, "Autorité de la concurrence");
        assert_eq!(split_phrase(&["Russia's", "foreign", "ministry"]).name, "Russia's foreign ministry");
        // a person of a place is no organisation “Jinping of China”
        assert!(!split_phrase(&["President", "Xi", "Jinping", "of", "China"]).name.contains("of"));
    }

    #[test]
    fn a_number_opens_a_description_not_a_name() {
        for words in [["Vier", "Palästinenser"], ["Two", "Democrats"], ["Plusieurs", "syndicalistes"]] {
            let sp = split_phrase(&words);
            assert!(sp.indefinite && !sp.name.contains(words[0]), "{words:?}: {sp:?}");
        }
    }

    #[test]
    fn party_member_heads_are_sorted() {
        assert!(PARTY_MEMBER_HEADS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_party_compound_finds_the_party_s_members() {
        let mut ix = NameIndex::default();
        ix.add_at("Björn Hahn", "AfD-Landeschef", 0);
        ix.add_at("Bodo Ramelow", "Ministerpräsident (Linke)", 10);
        assert_eq!(ix.by_role_prefix("afd-politiker"), vec!["Björn Hahn"]);
        assert_eq!(ix.by_role_prefix("linken-politiker"), vec!["Bodo Ramelow"]);
        // a spokesperson of the party is someone else
        assert!(ix.by_role_prefix("afd-sprecher").is_empty());
    }

    #[test]
    fn an_elision_joins_the_next_word() {
        assert_eq!(join_words(&["chef", "de", "l'", "Etat"]), "chef de l'Etat");
        assert_eq!(join_words(&["d’", "Alger"]), "d’Alger");
    }

    #[test]
    fn a_person_of_a_place_is_the_person() {
        let sp = split_phrase(&["Republican", "Rep.", "Lee", "Zeldin", "of", "New", "York"]);
        assert_eq!((sp.name.as_str(), sp.role.as_str()), ("Lee Zeldin", "Republican Rep. of New York"));
        // an organisation or a role before “of” keeps the whole name
        assert_eq!(split_phrase(&["the", "Bank", "of", "England"]).name, "Bank of England");
        assert_ne!(
            split_phrase(&["Water", "and", "Sewer", "Distributors", "of", "America"]).name,
            "Sewer Distributors"
        );
        assert_eq!(split_phrase(&["Secretary", "of", "State", "Ada", "Lind"]).name, "Ada Lind");
    }

    #[test]
    fn an_organisation_s_last_word_before_a_first_name_ends_the_name() {
        let sp = split_phrase(&["Head", "of", "the", "Port", "Authority", "Ada", "Lind"]);
        assert_eq!(sp.name, "Ada Lind");
        let sp = split_phrase(&["President", "of", "the", "Harbour", "Council", "Ursula", "von", "der", "Leyen"]);
        assert_eq!(sp.name, "Ursula von der Leyen");
        // (an organisation alone, or one before a word that is no first name, stays whole)
        assert_eq!(split_phrase(&["Port", "Authority"]).name, "Port Authority");
        assert_eq!(split_phrase(&["Port", "Authority", "Police"]).name, "Port Authority Police");
    }

    #[test]
    fn particles_stay_in_the_name() {
        let sp = split_phrase(&["Commission", "President", "Ursula", "von", "der", "Leyen"]);
        assert_eq!((sp.name.as_str(), sp.role.as_str()), ("Ursula von der Leyen", "Commission President"));
        assert_eq!(split_phrase(&["General", "Charles", "de", "Gaulle"]).name, "Charles de Gaulle");
        assert_eq!(split_phrase(&["Marine", "Le", "Pen"]).name, "Marine Le Pen");
        // (rule "an organisation's kind before a French name capitalised on its first word only")
        for ws in [["syndicat", "Marine", "marchande"], ["syndicat", "Force", "ouvrière"]] {
            let sp = split_phrase(&ws);
            assert_eq!((sp.name.as_str(), sp.role.as_str(), sp.org), (ws[1..].join(" ").as_str(), "syndicat", true));
        }
        assert!(FR_PLACE_PARTICLES.windows(2).all(|w| w[0] < w[1]));
        // (rule "a French role's complement with à": no name)
        for ws in [vec!["ministre", "délégué", "aux", "Ports"], vec!["consul", "de", "France", "à", "Brest"]] {
            let sp = split_phrase(&ws);
            assert!(sp.name.is_empty() && sp.role == ws.join(" "), "{ws:?}: {sp:?}");
        }
        // (rule "a group described by its place": no name)
        let sp = split_phrase(&["Officials", "in", "Kyiv"]);
        assert!(sp.name.is_empty() && sp.description == "Officials in Kyiv", "{sp:?}");
        // (a phrase that opens with the particle: a surname after a verb)
        assert_eq!(split_phrase(&["van", "Dijk"]).name, "van Dijk");
        assert_eq!(split_phrase(&["van", "Dijk"]).role, "");
        assert!(PARTICLE_ARTICLES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn an_organisation_by_its_kind_is_its_fuller_name_with_lowercase_words() {
        let mut names = NameIndex::default();
        names.add_at("Droits", "association", 10);
        names.add_at("Droits civiques", "association", 10);
        assert_eq!(names.org_by_head("association", 50), Some("Droits civiques"));
    }

    #[test]
    fn a_role_s_complement_is_another_s_when_its_head_is_no_role() {
        let mut names = NameIndex::default();
        names.add_at("Ada Roe", "close friend of Prime Minister Ole Berg", 10);
        names.add_at("Eva Lund", "spokesperson for the ministry", 20);
        assert!(names.by_role_word("minister").is_empty());
        assert_eq!(names.by_role_word("friend"), ["Ada Roe"]);
        assert_eq!(names.by_role_word("ministry"), ["Eva Lund"]);
    }
}
