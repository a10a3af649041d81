//! Roles: every statement of a speaker gets the role the document states for them.

use super::Engine;

impl Engine<'_> {
    /// Gives every statement of a speaker the role the document states for that speaker.
    pub(super) fn fill_roles(&mut self) {
        for st in &mut self.out {
            if let Some(r) = self.names.role(&st.speaker) {
                if !r.is_empty() && st.role.is_empty() {
                    r.clone_into(&mut st.role);
                }
            }
        }
        // the first role seen for a speaker goes to all their statements
        let mut first: crate::extract::lexicon::FastMap<String, String> = crate::extract::lexicon::FastMap::default();
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

#[cfg(test)]
mod tests {
    use super::super::tests::run_roles;

    #[test]
    fn a_later_statement_gets_the_role_stated_first() {
        let v = run_roles(
            "Port\nMayor Ines Sala opened the new pier.\n“It is a great day for the whole town,” Sala said.\n",
        );
        assert!(v.iter().any(|(s, r)| s == "Ines Sala" && r == "Mayor"), "{v:?}");
    }
}
