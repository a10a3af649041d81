//! One walk over any JSON text, for what `serde_json` does not say: the first key that appears
//! twice in an object ([`duplicate_key`]; a parser keeps the last and loses the rest without a
//! word), and the line and column where the value at a path starts ([`locate`]), so that a
//! message about a value found wrong after parsing can say where it is.
//!
//! The walk stops by returning an error from inside the parse: `serde_json` then records its
//! position, which is the place asked for.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};

/// A place in a JSON text: the path (`project.statements[3].range`), line and column (from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The value's path, as `serde_path_to_error` writes paths.
    pub at: String,
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
}

/// What the walk looks for.
enum Goal<'a> {
    Duplicates,
    Value(&'a str),
}

/// The walk's state, shared by the seeds of every level.
struct Walk<'a> {
    goal: Goal<'a>,
    /// The path where the walk stopped.
    stopped_at: RefCell<Option<String>>,
}

impl Walk<'_> {
    fn stop<E: de::Error>(&self, at: String) -> E {
        *self.stopped_at.borrow_mut() = Some(at);
        E::custom("stop")
    }

    fn run(&self, bytes: &[u8]) -> Option<Place> {
        let mut de = serde_json::Deserializer::from_slice(bytes);
        let err = Level { walk: self, path: String::new() }.deserialize(&mut de).err()?;
        let at = self.stopped_at.borrow_mut().take()?;
        Some(Place { at, line: err.line(), column: err.column() })
    }
}

/// The first key that appears twice in one object: its path (the object's path and the key) and
/// where the second one ends. `None` when every key is unique (or the text is no JSON; the parser
/// says where then).
pub fn duplicate_key(bytes: &[u8]) -> Option<Place> {
    Walk { goal: Goal::Duplicates, stopped_at: RefCell::new(None) }.run(bytes)
}

/// Where the value at `path` (`project.statements[3]`) starts; `None` when there is none.
pub fn locate(bytes: &[u8], path: &str) -> Option<Place> {
    Walk { goal: Goal::Value(path), stopped_at: RefCell::new(None) }.run(bytes)
}

/// The walk at one value, whose path is `path`.
struct Level<'w, 'a> {
    walk: &'w Walk<'a>,
    path: String,
}

impl<'de> DeserializeSeed<'de> for Level<'_, '_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        if let Goal::Value(target) = self.walk.goal {
            if self.path == target {
                return Err(self.walk.stop(self.path));
            }
            // a value that is not on the way to the target is skipped without a look
            if !self.path.is_empty() && !target.starts_with(self.path.as_str()) {
                return d.deserialize_ignored_any(de::IgnoredAny).map(|_| ());
            }
        }
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Level<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = if self.path.is_empty() { key.clone() } else { format!("{}.{key}", self.path) };
            if matches!(self.walk.goal, Goal::Duplicates) && !seen.insert(key) {
                return Err(self.walk.stop(path));
            }
            map.next_value_seed(Level { walk: self.walk, path })?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut n = 0usize;
        while seq.next_element_seed(Level { walk: self.walk, path: format!("{}[{n}]", self.path) })?.is_some() {
            n += 1;
        }
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_duplicate_key_is_found_with_its_place() {
        let text = b"{\"format\": 1,\n \"project\": {\"a\": [1, {\"x\": 1, \"x\": 2}]},\n \"project\": 3}";
        let p = duplicate_key(text).unwrap();
        assert_eq!(p.at, "project.a[1].x");
        assert_eq!(p.line, 2);
        assert_eq!(duplicate_key(b"{\"a\": {\"b\": 1}, \"b\": {\"a\": 2}}"), None);
        let top = duplicate_key(b"{\"project\": {},\n\"project\": {}}").unwrap();
        assert_eq!((top.at.as_str(), top.line), ("project", 2));
        assert_eq!(duplicate_key(b"{\"a\": "), None, "not JSON: the parser reports it");
    }

    #[test]
    fn a_path_is_located_at_its_line() {
        let text = b"{\"project\": {\n\"statements\": [\n{\"id\": 1},\n{\"id\": 2}\n]}}";
        let p = locate(text, "project.statements[1]").unwrap();
        assert_eq!((p.line, p.at.as_str()), (4, "project.statements[1]"));
        assert_eq!(locate(text, "project.documents[0]"), None);
    }
}
