//! Rule "a German organisation's adjectives in the nominative": a source named after a
//! preposition or in the genitive („nach Angaben des Statistischen Bundesamts“, „laut der
//! Deutschen Bahn“, „vom Deutschen Wetterdienst“) speaks under its name, which writes its
//! adjectives with the strong ending of the head noun's gender: „Statistisches Bundesamt“,
//! „Deutsche Bahn“, „Deutscher Wetterdienst“, „Vereinte Nationen“. So does a name after the
//! nominative article („Der Deutsche Hafenbund“ → „Deutscher Hafenbund“, [`de_strong_name`]).

/// German grammatical genders of an organisation's head noun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Masculine,
    Feminine,
    Neuter,
    /// A plural name („Vereinte Nationen“).
    Plural,
}

/// Endings of German organisation nouns and their gender (lowercase, sorted by ending): the
/// longest ending a noun has decides („Bundesgerichtshof“ by „hof“, „Landgericht“ by „gericht“).
const ORG_HEAD_GENDERS: [(&str, Gender); 61] = [
    ("agentur", Gender::Feminine),
    ("akademie", Gender::Feminine),
    ("amt", Gender::Neuter),
    ("anstalt", Gender::Feminine),
    ("ausschuss", Gender::Masculine),
    ("bahn", Gender::Feminine),
    ("bank", Gender::Feminine),
    ("behörde", Gender::Feminine),
    ("beirat", Gender::Masculine),
    ("blatt", Gender::Neuter),
    ("bund", Gender::Masculine),
    ("bündnis", Gender::Neuter),
    ("büro", Gender::Neuter),
    ("dienst", Gender::Masculine),
    ("direktion", Gender::Feminine),
    ("fonds", Gender::Masculine),
    ("forum", Gender::Neuter),
    ("funk", Gender::Masculine),
    ("gericht", Gender::Neuter),
    ("gesellschaft", Gender::Feminine),
    ("gewerkschaft", Gender::Feminine),
    ("gremium", Gender::Neuter),
    ("hochschule", Gender::Feminine),
    ("hof", Gender::Masculine),
    ("initiative", Gender::Feminine),
    ("institut", Gender::Neuter),
    ("kabinett", Gender::Neuter),
    ("kammer", Gender::Feminine),
    ("klinikum", Gender::Neuter),
    ("komitee", Gender::Neuter),
    ("kommission", Gender::Feminine),
    ("konzern", Gender::Masculine),
    ("krankenhaus", Gender::Neuter),
    ("kreis", Gender::Masculine),
    ("kreuz", Gender::Neuter),
    ("ministerium", Gender::Neuter),
    ("nationen", Gender::Plural),
    ("netzwerk", Gender::Neuter),
    ("organisation", Gender::Feminine),
    ("parlament", Gender::Neuter),
    ("partei", Gender::Feminine),
    ("polizei", Gender::Feminine),
    ("präsidium", Gender::Neuter),
    ("rat", Gender::Masculine),
    ("regierung", Gender::Feminine),
    ("rundschau", Gender::Feminine),
    ("senat", Gender::Masculine),
    ("staatsanwaltschaft", Gender::Feminine),
    ("stiftung", Gender::Feminine),
    ("tag", Gender::Masculine),
    ("union", Gender::Feminine),
    ("universität", Gender::Feminine),
    ("unternehmen", Gender::Neuter),
    ("verband", Gender::Masculine),
    ("verein", Gender::Masculine),
    ("vereinigung", Gender::Feminine),
    ("versicherung", Gender::Feminine),
    ("vorstand", Gender::Masculine),
    ("werk", Gender::Neuter),
    ("zeitung", Gender::Feminine),
    ("zentrum", Gender::Neuter),
];

/// The gender of a German organisation noun (lowercase), by its longest listed ending.
fn gender_of(noun: &str) -> Option<Gender> {
    ORG_HEAD_GENDERS.iter().filter(|(end, _)| noun.ends_with(end)).max_by_key(|(end, _)| end.len()).map(|&(_, g)| g)
}

/// The name `name` (capitalised adjectives and a head noun, as the text wrote them after the
/// article `article`, lowercase, empty for none) with its adjectives in the strong nominative:
/// „Statistischen Bundesamt“ after „des“ → „Statistisches Bundesamt“; „Deutschen Bahn“ after
/// „der“ → „Deutsche Bahn“. The head must be in the nominative already. None when the name has
/// no such adjectives or the head's gender is unknown.
pub(super) fn adjectives_in_nominative(name: &str, article: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let (&head, adjectives) = words.split_last()?;
    // (no first name: „Karsten Hof“ is a person)
    let adjective = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().count() > 4
            && (w.ends_with("en") || w.ends_with("em"))
            && crate::extract::lexicon::first_name_gender(w) == 0
    };
    if adjectives.is_empty() || !adjectives.iter().all(adjective) {
        return None;
    }
    // (a person's first name may end so too, „Karsten Roth“: only an organisation's head)
    let ending = match gender_of(&head.to_lowercase())? {
        Gender::Feminine | Gender::Plural => "e",
        // (after „der“ a masculine head is a plural's genitive: „der Deutschen Verkehrsverbünde“)
        _ if matches!(article, "der" | "einer") => "e",
        Gender::Masculine => "er",
        Gender::Neuter => "es",
    };
    let mut out: Vec<String> = adjectives.iter().map(|a| format!("{}{ending}", &a[..a.len() - 2])).collect();
    out.push(head.to_owned());
    Some(out.join(" "))
}

/// The strong form of a German name of an adjective and a noun after the nominative article
/// `article` („der“ → „-er“, „das“ → „-es“): „Deutsche Hafenbund“ → „Deutscher Hafenbund“,
/// „Rote Kreuz“ → „Rotes Kreuz“. The adjective is one of origin (in „-sche“), in „-ale“, or
/// one of a few colours and plain adjectives names take; None for other names.
pub(super) fn de_strong_name(article: &str, name: &str) -> Option<String> {
    let ending = match article {
        "der" => 'r',
        "das" => 's',
        _ => return None,
    };
    let (first, rest) = name.trim().split_once(' ')?;
    let lower = first.to_lowercase();
    let adjective = lower.ends_with("sche")
        || lower.ends_with("ale")
        || matches!(lower.as_str(), "blaue" | "christliche" | "freie" | "grüne" | "neue" | "rote" | "weiße");
    (adjective && first.starts_with(char::is_uppercase)).then(|| format!("{first}{ending} {rest}"))
}

#[cfg(test)]
mod tests {
    use super::adjectives_in_nominative as nom;

    #[test]
    fn a_source_after_a_preposition_speaks_in_the_nominative() {
        let speakers = super::super::tests::run_speakers;
        let v = speakers(
            "Hafen\nDie Lage ist ernst.\n\nNach Angaben des Statistischen Bundesamts sank der Umschlag im Hafen deutlich.\n",
        );
        assert_eq!(v, ["Statistisches Bundesamt"]);
        let v = speakers(
            "Hafen\nDie Lage ist ernst.\n\nLaut dem Deutschen Wetterdienst drohen am Abend schwere Stürme an der Küste.\n",
        );
        assert_eq!(v, ["Deutscher Wetterdienst"]);
    }

    #[test]
    fn endings_are_sorted() {
        assert!(super::ORG_HEAD_GENDERS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn a_german_organisation_s_adjectives_in_the_nominative() {
        assert_eq!(nom("Statistischen Bundesamt", "des").as_deref(), Some("Statistisches Bundesamt"));
        assert_eq!(nom("Deutschen Bahn", "der").as_deref(), Some("Deutsche Bahn"));
        assert_eq!(nom("Deutschen Wetterdienst", "dem").as_deref(), Some("Deutscher Wetterdienst"));
        assert_eq!(nom("Vereinten Nationen", "der").as_deref(), Some("Vereinte Nationen"));
        assert_eq!(nom("Europäischen Zentralbank", "der").as_deref(), Some("Europäische Zentralbank"));
        assert_eq!(nom("Bayerischem Rundfunk", "").as_deref(), Some("Bayerischer Rundfunk"));
        // (the longest ending decides: „Bundesgerichtshof“ is masculine, „Landgericht“ neuter)
        assert_eq!(nom("Obersten Gerichtshof", "des").as_deref(), Some("Oberster Gerichtshof"));
        // (no adjective, or a head of unknown gender: as written)
        assert_eq!(nom("Bundesamt", "des"), None);
        assert_eq!(nom("Grünen Kai", "des"), None);
        assert_eq!(nom("Anna Keller", "der"), None);
        assert_eq!(nom("Karsten Roth", "der"), None);
        assert_eq!(nom("Karsten Hof", "des"), None);
    }
}
