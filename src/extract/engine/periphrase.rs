//! Rule "an office named by a periphrasis": “le chef de l'Etat”, “der Regierungschef”, “the
//! head of state”, “the lawmaker” stand for the person named before with the office's usual
//! title (président, Kanzler, president, senator). A table of periphrases and the role words
//! they stand for.

use super::{Engine, Speaker};
use crate::extract::lexicon::{Lang, flag, flags_of};

/// Periphrases of offices (lowercase, sorted) with the role words of the office.
const PERIPHRASES: [(&str, &[&str]); 16] = [
    ("chef de l'etat", &["président", "présidente"]),
    ("chef de l'état", &["président", "présidente"]),
    ("chef de la diplomatie", &["affaires", "außenminister", "außenministerin"]),
    ("chef de l’etat", &["président", "présidente"]),
    ("chef de l’état", &["président", "présidente"]),
    ("chef du gouvernement", &["premier", "première"]),
    ("chefdiplomat", &["außenminister"]),
    ("chefdiplomatin", &["außenministerin"]),
    ("head of state", &["president"]),
    ("lawmaker", &["congressman", "congresswoman", "representative", "rep.", "senator"]),
    ("legislator", &["congressman", "congresswoman", "representative", "rep.", "senator"]),
    ("parlamentarier", &["abgeordneter", "abgeordnete", "bundestagsabgeordneter"]),
    ("parlamentarierin", &["abgeordnete", "bundestagsabgeordnete"]),
    ("regierungschef", &["kanzler", "bundeskanzler", "ministerpräsident", "premierminister"]),
    ("regierungschefin", &["kanzlerin", "bundeskanzlerin", "ministerpräsidentin", "premierministerin"]),
    ("staatsoberhaupt", &["präsident", "präsidentin", "bundespräsident"]),
];

impl Engine<'_> {
    /// The person a periphrasis in `description` at byte `pos` stands for: the person just named
    /// (as for other descriptions) when the text gave them no other role (“Emmanuel Macron a
    /// réaffirmé … « … », a assuré le chef de l'Etat”); else, of those named before with one of
    /// the office's role words, the one mentioned most recently.
    pub(super) fn periphrasis_holder(&self, description: &str, pos: usize) -> Option<Speaker> {
        let lower = description.to_lowercase();
        // (a French adjective may follow: « le chef de l'Etat ukrainien »; the holder's role
        // then has it too)
        let (head, adjective) = match lower.rsplit_once(' ') {
            Some((head, last)) if self.lang == Lang::Fr && flags_of(last) & flag::ROLE == 0 => (head, Some(last)),
            _ => (lower.as_str(), None),
        };
        let found = |text: &str| PERIPHRASES.iter().find(|(p, _)| text.ends_with(p)).map(|(_, w)| *w);
        let (words, adjective) = match found(&lower) {
            Some(words) => (words, None),
            None => (found(head)?, adjective),
        };
        let with_adjective =
            |role: &str| adjective.is_none_or(|a| role.to_lowercase().split_whitespace().any(|w| w == a));
        let just_named = self.person_just_before(pos).filter(|sp| {
            let role = sp.role.to_lowercase();
            role.is_empty() && adjective.is_none()
                || words.iter().any(|w| role.split_whitespace().any(|r| r == *w)) && with_adjective(&role)
        });
        if just_named.is_some() {
            return just_named;
        }
        let cands: Vec<&str> = words
            .iter()
            .flat_map(|w| self.names.by_role_word(w))
            .filter(|n| with_adjective(self.names.role(n).unwrap_or_default()))
            .collect();
        self.holder_named_last(cands, pos)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;

    #[test]
    fn periphrases_are_sorted() {
        assert!(super::PERIPHRASES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn a_periphrasis_stands_for_the_office_holder() {
        let v = run(
            "Port\nLe président ukrainien Omar Daly a visité le port. Le chef de l'Etat a affirmé que le port resterait ouvert.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Omar Daly" && t.starts_with("le port")), "{v:?}");
        let v = run(
            "Hafen\nBundeskanzlerin Ina Berg besuchte den Hafen. Der Hafen bleibe offen, sagte die Regierungschefin.\n",
        );
        assert!(v.iter().any(|(_, s, _)| s == "Ina Berg"), "{v:?}");
    }

    #[test]
    fn a_french_periphrasis_with_its_adjective_is_the_holder_whose_role_has_it() {
        let v = run("Port\nLe président norlandais Omar Daly a visité le port. Le président valdois Jean Roe a \
                     répondu. Le port restera ouvert, a affirmé le chef de l'Etat norlandais.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Omar Daly" && t == "Le port restera ouvert"), "{v:?}");
    }

    #[test]
    fn a_lawmaker_is_the_senator_or_representative_named_before() {
        let v = run(
            "Port\nSenator Ada Lind met the dock workers on Monday. The lawmaker said the plant would stay open.\n",
        );
        assert!(v.iter().any(|(_, s, t)| s == "Ada Lind" && t == "the plant would stay open"), "{v:?}");
        // (not someone just named without the office)
        let v = run(
            "Port\nSenator Ada Lind met the workers. Trump spoke later. One lawmaker called Trump “a menace to the port”.\n",
        );
        assert!(v.iter().all(|(_, s, _)| s != "Donald Trump" && s != "Trump"), "{v:?}");
    }

    #[test]
    fn a_periphrasis_stands_for_the_person_just_named_without_a_role() {
        let v = run("Port\nLe président ukrainien Omar Daly a visité le port. Paul Marchand a réaffirmé son soutien. \
                     « Nous serons là », a assuré le chef de l'Etat.\n");
        assert!(v.iter().any(|(_, s, t)| s == "Paul Marchand" && t == "Nous serons là"), "{v:?}");
    }
}
