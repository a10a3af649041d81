//! Actors and targets as the analyst manages them: likely aliases to merge, merging and editing
//! actors, and the same for targets (the lists themselves are [`crate::model::lists`]). Every change
//! is one undoable edit of the project's lists.

use std::collections::HashMap;

use super::edit::{Edit, Tags};
use super::{Desk, count};
pub use crate::model::lists::{ActorRow, TargetRow, actor_rows, target_rows};
use crate::model::{Actor, StatementId, TargetEntry};

/// Two actors that are likely the same, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasSuggestion {
    /// The name to keep (the one with more statements).
    pub keep: String,
    /// The name to merge into it.
    pub merge: String,
    /// The reason, for the analyst.
    pub why: &'static str,
}

/// The words of a name, lowercase, without dots and commas.
fn words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| w.trim_matches(|c: char| c == '.' || c == ',').to_lowercase())
        .filter(|w| !w.is_empty() && w != "jr" && w != "sr")
        .collect()
}

/// Why `a` and `b` may be one actor: one name inside the other ("Trump", "Donald Trump"), the
/// same first and last name with a middle initial ("Donald J. Trump"), or an initial for the
/// first name ("D. Trump"). Both share their last word.
fn same_actor(a: &[String], b: &[String]) -> Option<&'static str> {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short == long || short.is_empty() || short.last() != long.last() {
        return None;
    }
    if short.iter().all(|w| long.contains(w)) {
        return Some("one name is part of the other");
    }
    let initial = |w: &str, of: &str| w.chars().count() == 1 && of.starts_with(w);
    if short.len() >= 2 && long.len() >= 2 && (initial(&short[0], &long[0]) || initial(&long[0], &short[0])) {
        return Some("same last name, an initial for the first");
    }
    None
}

/// Likely aliases among the actors: pairs of names that share their last word and pass
/// the same-actor test (a name inside the other, a middle initial, an initial for the first name). Names are grouped by last word first, so the work stays near linear in the
/// number of actors. Most statements first; at most `limit`.
pub fn suggestions(rows: &[ActorRow], limit: usize) -> Vec<AliasSuggestion> {
    let mut by_last: HashMap<String, Vec<(usize, Vec<String>)>> = HashMap::new();
    for (i, r) in rows.iter().enumerate().filter(|(_, r)| r.statements > 0) {
        let w = words(&r.name);
        if let Some(last) = w.last().filter(|l| l.chars().count() > 1) {
            by_last.entry(last.clone()).or_default().push((i, w));
        }
    }
    let mut out: Vec<(usize, AliasSuggestion)> = Vec::new();
    for group in by_last.values().filter(|g| g.len() > 1 && g.len() <= 50) {
        for (k, (i, a)) in group.iter().enumerate() {
            for (j, b) in &group[k + 1..] {
                let Some(why) = same_actor(a, b) else { continue };
                let (keep, merge) =
                    if (rows[*i].statements, rows[*i].name.len()) >= (rows[*j].statements, rows[*j].name.len()) {
                        (*i, *j)
                    } else {
                        (*j, *i)
                    };
                let weight = rows[keep].statements + rows[merge].statements;
                out.push((
                    weight,
                    AliasSuggestion { keep: rows[keep].name.clone(), merge: rows[merge].name.clone(), why },
                ));
            }
        }
    }
    out.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.keep.cmp(&b.1.keep)).then_with(|| a.1.merge.cmp(&b.1.merge)));
    out.into_iter().take(limit).map(|(_, s)| s).collect()
}

/// The actors list after merging the actors `names` into `into`: `into` keeps its kind and
/// attributes (taking the others' where it has none) and gains their names as aliases.
pub fn merged_actors(actors: &[Actor], into: &str, names: &[String]) -> Vec<Actor> {
    let mut target = actors
        .iter()
        .find(|a| a.name == into)
        .cloned()
        .unwrap_or_else(|| Actor { name: into.to_owned(), ..Actor::default() });
    let mut rest = Vec::new();
    for a in actors {
        if a.name == into {
            continue;
        }
        if names.contains(&a.name) {
            target.aliases.push(a.name.clone());
            target.aliases.extend(a.aliases.iter().cloned());
            target.kind = target.kind.or(a.kind);
            for (k, v) in &a.attributes {
                target.attributes.entry(k.clone()).or_insert_with(|| v.clone());
            }
        } else {
            rest.push(a.clone());
        }
    }
    target.aliases.extend(names.iter().filter(|n| n.as_str() != into).cloned());
    target.aliases.sort();
    target.aliases.dedup();
    rest.push(target);
    rest.sort_by(|a, b| a.name.cmp(&b.name));
    rest
}

impl Desk {
    /// Merges the actors `names` into the actor `into` (one undo step).
    pub(super) fn merge_actors(&mut self, into: &str, names: &[String]) -> Option<String> {
        let others: Vec<String> = names.iter().filter(|n| n.as_str() != into).cloned().collect();
        if into.trim().is_empty() || others.is_empty() {
            return None;
        }
        let actors = merged_actors(&self.state.project().actors, into, &others);
        let name = format!(
            "merge {} into \"{into}\"",
            others.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", ")
        );
        let done = format!("Merged {} actor(s) into \"{into}\"; their names are kept as aliases", others.len());
        Some(self.apply(Edit::Actors(actors), name, done))
    }

    /// Sets an actor's kind and attributes (its aliases stay as they are).
    pub(super) fn set_actor(&mut self, actor: Actor) -> Option<String> {
        let mut actors = self.state.project().actors.clone();
        match actors.iter_mut().find(|a| a.name == actor.name) {
            Some(a) if a.kind == actor.kind && a.attributes == actor.attributes => return None,
            Some(a) => {
                a.kind = actor.kind;
                a.attributes = actor.attributes;
            }
            None if actor.kind.is_none() && actor.attributes.is_empty() => return None,
            None => actors.push(Actor { aliases: Vec::new(), ..actor.clone() }),
        }
        actors.sort_by(|a, b| a.name.cmp(&b.name));
        let name = format!("edit actor \"{}\"", actor.name);
        Some(self.apply(Edit::Actors(actors), name.clone(), format!("Edited actor \"{}\"", actor.name)))
    }

    /// Takes a name off an actor: it is an actor of its own again.
    pub(super) fn split_alias(&mut self, actor: &str, alias: &str) -> Option<String> {
        let mut actors = self.state.project().actors.clone();
        let a = actors.iter_mut().find(|a| a.name == actor)?;
        let before = a.aliases.len();
        a.aliases.retain(|x| x != alias);
        if a.aliases.len() == before {
            return None;
        }
        let name = format!("take \"{alias}\" off \"{actor}\"");
        Some(self.apply(Edit::Actors(actors), name, format!("\"{alias}\" is an actor of its own again")))
    }

    /// Merges the targets `names` into `into`: their statements get `into` (one undo step).
    pub(super) fn merge_targets(&mut self, into: &str, names: &[String]) -> Option<String> {
        let into = into.trim();
        let others: Vec<String> = names.iter().filter(|n| n.as_str() != into).cloned().collect();
        if into.is_empty() || others.is_empty() {
            return None;
        }
        let mut targets: Vec<TargetEntry> = Vec::new();
        let mut entry = TargetEntry { name: into.to_owned(), ..TargetEntry::default() };
        for t in &self.state.project().targets {
            if t.name == into {
                entry.aliases.extend(t.aliases.iter().cloned());
                entry.definition.clone_from(&t.definition);
            } else if others.contains(&t.name) {
                entry.aliases.extend(t.aliases.iter().cloned());
                if entry.definition.is_empty() {
                    entry.definition.clone_from(&t.definition);
                }
            } else {
                targets.push(t.clone());
            }
        }
        entry.aliases.extend(others.iter().cloned());
        entry.aliases.sort();
        entry.aliases.dedup();
        targets.push(entry);
        targets.sort_by(|a, b| a.name.cmp(&b.name));
        let retag: Vec<(StatementId, Tags)> = self
            .state
            .project()
            .statements
            .iter()
            .filter_map(|s| {
                Tags::after(s, |scratch| scratch.rename_target(|t| others.iter().any(|o| o == t), into))
                    .map(|tags| (s.id, tags))
            })
            .collect();
        let n = retag.len();
        let mut edits = vec![Edit::Targets(targets)];
        if n > 0 {
            edits.push(Edit::Tags(retag));
        }
        let name = format!("merge {} target(s) into \"{into}\"", others.len());
        let done = format!("Merged {} target(s) into \"{into}\" ({} retargeted)", others.len(), count(n));
        Some(self.apply(Edit::Group(edits), name, done))
    }

    /// Sets the definition of a target (added to the list when it is not there yet).
    pub(super) fn define_target(&mut self, target: &str, definition: &str) -> Option<String> {
        let mut targets = self.state.project().targets.clone();
        let definition = definition.trim();
        match targets.iter_mut().find(|t| t.name == target) {
            Some(t) if t.definition == definition => return None,
            Some(t) => definition.clone_into(&mut t.definition),
            None => targets.push(TargetEntry {
                name: target.to_owned(),
                aliases: Vec::new(),
                definition: definition.to_owned(),
            }),
        }
        targets.sort_by(|a, b| a.name.cmp(&b.name));
        let name = format!("define target \"{target}\"");
        Some(self.apply(Edit::Targets(targets), name, format!("Defined target \"{target}\"")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ActorKind;

    fn row(name: &str, statements: usize) -> ActorRow {
        ActorRow { name: name.into(), statements, ..ActorRow::default() }
    }

    #[test]
    fn likely_aliases_share_a_last_name() {
        let rows = [
            row("Donald Trump", 838),
            row("Donald J. Trump", 150),
            row("Trump", 101),
            row("D. Trump", 3),
            row("Melania Trump", 20),
            row("Jane Doe", 5),
            row("John Doe", 4),
        ];
        let s = suggestions(&rows, 20);
        let pairs: Vec<(&str, &str)> = s.iter().map(|x| (x.keep.as_str(), x.merge.as_str())).collect();
        assert!(pairs.contains(&("Donald Trump", "Donald J. Trump")), "{pairs:?}");
        assert!(pairs.contains(&("Donald Trump", "Trump")));
        assert!(pairs.contains(&("Donald Trump", "D. Trump")));
        assert!(!pairs.iter().any(|p| p.1 == "Melania Trump" && p.0 == "Donald Trump"), "different first names");
        assert!(!pairs.contains(&("Jane Doe", "John Doe")));
        assert_eq!(pairs[0].0, "Donald Trump", "the biggest first");
    }

    #[test]
    fn merging_keeps_every_name_as_an_alias_and_the_canonical_attributes() {
        let actors = vec![
            Actor { name: "Trump".into(), kind: Some(ActorKind::Person), ..Actor::default() },
            Actor {
                name: "Donald Trump".into(),
                attributes: [("party".to_owned(), "Republican".to_owned())].into(),
                ..Actor::default()
            },
        ];
        let m = merged_actors(&actors, "Donald Trump", &["Trump".into(), "Donald J. Trump".into()]);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].aliases, ["Donald J. Trump", "Trump"]);
        assert_eq!(m[0].kind, Some(ActorKind::Person));
        assert_eq!(m[0].attributes["party"], "Republican");
    }

    #[test]
    fn merging_actors_and_targets_is_one_undo_step_each() {
        let mut d = crate::desk::tests::desk_of(
            "Talks\n“We stay,” said Anna Berg. Berg added that talks would go on for weeks.\n\
             A. Berg said the plan was fine.\n",
        );
        let names: Vec<String> = d.view().actors(d.project()).iter().map(|r| r.name.clone()).collect();
        assert!(names.contains(&"Anna Berg".to_owned()) && names.contains(&"A. Berg".to_owned()), "{names:?}");
        let msg = d.run(crate::desk::Command::MergeActors { into: "Anna Berg".into(), names: vec!["A. Berg".into()] });
        assert!(msg.unwrap().starts_with("Merged 1 actor"));
        let rows = d.view().actors(d.project()).to_vec();
        let berg = rows.iter().find(|r| r.name == "Anna Berg").unwrap();
        assert_eq!(berg.aliases, ["A. Berg"]);
        assert_eq!(berg.statements, d.project().statements.iter().filter(|s| s.speaker.contains("Berg")).count());
        assert!(!rows.iter().any(|r| r.name == "A. Berg"), "merged away");
        d.run(crate::desk::Command::Undo);
        assert!(d.project().actors.is_empty());
        // targets: merged names are rewritten on the statements, in one step
        let ids: Vec<_> = d.project().statements.iter().map(|s| s.id).collect();
        for (id, t) in ids.iter().zip(["NATO", "Nato", "NATO"]) {
            d.run(crate::desk::Command::Select { id: *id, extend: false, range: false });
            d.run(crate::desk::Command::Correct {
                id: *id,
                fields: crate::desk::edit::Fields::of(d.statement(*id).unwrap()),
                target: Some(t.into()),
                note: None,
            });
        }
        d.run(crate::desk::Command::MergeTargets { into: "NATO".into(), names: vec!["Nato".into()] });
        assert!(d.project().statements.iter().all(|s| s.target == "NATO"));
        assert_eq!(d.project().targets[0].aliases, ["Nato"]);
        d.run(crate::desk::Command::DefineTarget { target: "NATO".into(), definition: "the alliance".into() });
        assert_eq!(d.view().target_list(d.project())[0].definition, "the alliance");
        d.run(crate::desk::Command::Undo);
        d.run(crate::desk::Command::Undo);
        assert_eq!(d.project().statements.iter().filter(|s| s.target == "Nato").count(), 1);
        assert!(d.project().targets.is_empty());
    }
}
