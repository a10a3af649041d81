//! Pure data: the project, its documents, items and statements.
//!
//! Nothing here does I/O or knows about the GUI; everything is plain data with serde derives so the
//! project file and the CSV export can be written from it. Ids are typed so that tables may re-sort
//! rows without ever confusing a row index with a statement.

use serde::{Deserialize, Serialize};

mod coding;
pub mod lists;
pub use coding::{CoderTag, Coding};
mod text;
pub use text::CharIndex;

/// Identifies a document inside a project.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DocumentId(pub u32);

/// Identifies a statement inside a project; stable across sorting, filtering and saving.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StatementId(pub u64);

impl std::fmt::Display for StatementId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "s{}", self.0)
    }
}

/// A half-open range of Unicode character offsets into a document's text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CharRange {
    /// First character (inclusive).
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

impl CharRange {
    /// Number of characters in the range.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the range holds no character.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// Whether a statement is direct speech or reported speech.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    #[default]
    /// Words between quote marks.
    Quote,
    /// Indirect speech: the reported clause without speaker, cue and complementiser.
    Position,
}

impl StatementKind {
    /// The lowercase name used in CSV files (`quote` / `position`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Quote => "quote",
            Self::Position => "position",
        }
    }
}

/// A news item: a headline and the body that follows it, as a range of the document text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// The headline line, or the first sentence when the text has no headline.
    pub headline: String,
    /// Range of the whole item (headline and body) in the document text.
    pub range: CharRange,
}

/// A briefing file after decoding: its text and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Id of the document inside its project.
    pub id: DocumentId,
    /// File name without folders, as shown to the analyst and written to CSV.
    pub file_name: String,
    /// Path the file was read from (may no longer exist).
    pub path: String,
    /// SHA-256 of the source bytes, lowercase hex.
    pub sha256: String,
    /// Detected encoding (e.g. `UTF-8`, `windows-1252`).
    pub encoding: String,
    /// Detected format (e.g. `text`).
    pub format: String,
    /// The briefing's date (ISO 8601, `YYYY-MM-DD`) when the text or file gives one.
    pub date: Option<String>,
    /// Full text after decoding and line-ending normalisation; all offsets point into it.
    pub text: String,
    /// The news items of the text, in order.
    pub items: Vec<Item>,
}

/// One extracted or hand-made statement and its tags. The default is an untagged quote of no
/// speaker over `0..0` of document 0, to be filled in.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Stable id.
    pub id: StatementId,
    /// Document the statement was found in.
    pub document: DocumentId,
    /// Index of the item in [`Document::items`].
    pub item: u32,
    /// Quote or position.
    pub kind: StatementKind,
    /// Resolved speaker (fullest name in the document), empty when unknown.
    pub speaker: String,
    /// Role or affiliation of the speaker, empty when unknown.
    pub role: String,
    /// Speech verb or phrase (`said`, `according to`, `:`), empty when none.
    pub cue: String,
    /// Exactly the document text between `range.start` and `range.end`. Not written to project
    /// files (the document text holds it); filled in again when a project is loaded.
    #[serde(default, skip_serializing)]
    pub text: String,
    /// Unicode character offsets into the document text.
    pub range: CharRange,
    /// Extraction confidence from 0 to 1 (1 for statements made by hand).
    pub confidence: f32,
    /// The final tag's stance label, `None` while untagged. The final tag (this field, `target`,
    /// `note`, `coder`, `tagged_at`) is what tables, filters, counts and exports read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stance: Option<String>,
    /// What the stance is about.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub target: String,
    /// Free note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Who set the final tag (the coder whose tag it is, or who settled it).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub coder: String,
    /// When the statement was tagged (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tagged_at: Option<String>,
    /// Each coder's own tag, sorted by coder (see [`coding`](self::CoderTag) for how the final tag
    /// above follows them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coder_tags: Vec<CoderTag>,
    /// Who set the final tag by adjudication; empty while it follows the coders' tags.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub settled_by: String,
    /// Who added the statement by hand (or by a split or merge); empty for extracted ones.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub added_by: String,
}

/// A stance label of the codebook.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StanceLabel {
    /// Label name, e.g. `Support`.
    pub name: String,
    /// Colour as `#rrggbb`.
    pub color: String,
    /// Key that sets it (`1`..`9`), if any.
    pub key: Option<char>,
    /// The label's place on the agreement scale of the networks (e.g. Support +1, Oppose −1),
    /// when set explicitly; see [`StanceLabel::scale_value`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
}

impl StanceLabel {
    /// The value a label has on the agreement scale when none is set: Support +1, Oppose −1
    /// (by name, case-insensitively), no value for any other name.
    pub fn default_value(name: &str) -> Option<f64> {
        if name.eq_ignore_ascii_case("support") {
            Some(1.0)
        } else if name.eq_ignore_ascii_case("oppose") {
            Some(-1.0)
        } else {
            None
        }
    }

    /// The label's effective value on the agreement scale: the value set, else the default by
    /// name ([`StanceLabel::default_value`]); `None` when the label is not on the scale.
    pub fn scale_value(&self) -> Option<f64> {
        self.value.filter(|v| v.is_finite()).or_else(|| Self::default_value(&self.name))
    }
}

/// The stance labels a project uses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Codebook {
    /// Labels in display order.
    pub labels: Vec<StanceLabel>,
}

impl Codebook {
    /// The effective agreement-scale value of the label with this name, if it is on the scale.
    pub fn scale_value(&self, name: &str) -> Option<f64> {
        self.labels.iter().find(|l| l.name == name).and_then(StanceLabel::scale_value)
    }
}

impl Default for Codebook {
    fn default() -> Self {
        let label = |name: &str, color: &str, key| StanceLabel {
            name: name.to_owned(),
            color: color.to_owned(),
            key: Some(key),
            value: None,
        };
        Self {
            labels: vec![
                label("Support", "#2e7d32", '1'),
                label("Oppose", "#c62828", '2'),
                label("Neutral", "#607d8b", '3'),
                label("Mixed", "#8e24aa", '4'),
                label("Unclear", "#f9a825", '5'),
            ],
        }
    }
}

/// What an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A person.
    Person,
    /// An organisation (a ministry, a party, a company).
    Organisation,
    /// A described or relayed source ("a senior official", "Reuters").
    Source,
}

impl ActorKind {
    /// Every kind, in the order the desk offers them.
    pub const ALL: [ActorKind; 3] = [ActorKind::Person, ActorKind::Organisation, ActorKind::Source];

    /// Its name in files and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Organisation => "organisation",
            Self::Source => "source",
        }
    }
}

/// A person, organisation or source that statements are attributed to, as the analyst manages
/// it: the canonical name, the other names it appears under, its kind and free attributes
/// (party, country …). A speaker that no actor lists is an actor of its own name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// The canonical name, shown and exported.
    pub name: String,
    /// Other speaker names that mean this actor, sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Person, organisation or source, when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ActorKind>,
    /// Free attributes, by name.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub attributes: std::collections::BTreeMap<String, String>,
}

/// A target of the project's list: the canonical name, the other names merged into it and a
/// short definition that tells coders what it covers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetEntry {
    /// The canonical name, written on statements.
    pub name: String,
    /// Other names merged into this one, sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// What the target covers.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub definition: String,
}

/// Everything an analyst works on: documents, statements and the codebook.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// Documents in the order they were added.
    pub documents: Vec<Document>,
    /// Statements in document order.
    pub statements: Vec<Statement>,
    /// Stance labels.
    pub codebook: Codebook,
    /// Everyone who tagged statements of this project, in the order they first did.
    #[serde(default)]
    pub coders: Vec<String>,
    /// The actors the analyst manages (merged names, kinds, attributes), sorted by name.
    #[serde(default)]
    pub actors: Vec<Actor>,
    /// The managed list of targets, sorted by name.
    #[serde(default)]
    pub targets: Vec<TargetEntry>,
}

impl Project {
    /// The next free statement id.
    pub fn next_statement_id(&self) -> StatementId {
        StatementId(self.statements.iter().map(|s| s.id.0 + 1).max().unwrap_or(0))
    }

    /// The next free document id.
    pub fn next_document_id(&self) -> DocumentId {
        DocumentId(self.documents.iter().map(|d| d.id.0 + 1).max().unwrap_or(0))
    }

    /// Looks a document up by id.
    pub fn document(&self, id: DocumentId) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// The canonical actor name of every managed name (canonical names and aliases).
    pub fn actor_names(&self) -> std::collections::HashMap<&str, &str> {
        let mut m = std::collections::HashMap::new();
        for a in &self.actors {
            m.insert(a.name.as_str(), a.name.as_str());
            for alias in &a.aliases {
                m.insert(alias.as_str(), a.name.as_str());
            }
        }
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_serialises_lowercase() {
        assert_eq!(serde_json::to_string(&StatementKind::Quote).unwrap(), "\"quote\"");
        assert_eq!(StatementKind::Position.as_str(), "position");
    }

    #[test]
    fn default_codebook_has_five_keyed_labels() {
        let cb = Codebook::default();
        assert_eq!(cb.labels.len(), 5);
        assert_eq!(cb.labels[0].key, Some('1'));
        assert!(cb.labels.iter().all(|l| l.name != "untagged"));
    }

    #[test]
    fn scale_values_come_from_the_label_else_from_the_name() {
        let mut cb = Codebook::default();
        assert_eq!(cb.scale_value("Support"), Some(1.0));
        assert_eq!(cb.scale_value("Oppose"), Some(-1.0));
        assert_eq!(cb.scale_value("Neutral"), None);
        assert_eq!(cb.scale_value("nonexistent"), None);
        cb.labels[2].value = Some(0.0);
        cb.labels[0].value = Some(2.0);
        assert_eq!(cb.scale_value("Neutral"), Some(0.0));
        assert_eq!(cb.scale_value("Support"), Some(2.0));
        // unset values are not written: the saved codebook stays as it was
        let json = serde_json::to_string(&Codebook::default()).unwrap();
        assert!(!json.contains("value"), "{json}");
        let back: Codebook = serde_json::from_str(&serde_json::to_string(&cb).unwrap()).unwrap();
        assert_eq!(back, cb);
    }

    #[test]
    fn next_ids_follow_the_largest() {
        let mut p = Project::default();
        assert_eq!(p.next_statement_id(), StatementId(0));
        p.documents.push(Document {
            id: DocumentId(4),
            file_name: String::new(),
            path: String::new(),
            sha256: String::new(),
            encoding: String::new(),
            format: String::new(),
            date: None,
            text: String::new(),
            items: vec![],
        });
        assert_eq!(p.next_document_id(), DocumentId(5));
    }
}
