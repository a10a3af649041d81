//! Networks as files for the tools analysts use next: `GraphML` (Gephi, visone, networkx, igraph),
//! GEXF 1.3 or 1.2draft (Gephi; networkx 3 reads both) and a CSV adjacency matrix (R, Excel).
//!
//! Node ids are `n0`, `n1`, …; nodes carry `label` (the name), `type` (`actor` or `target`) and
//! `statements`; edges carry `weight` and the network's other edge attributes. Text that XML
//! cannot hold (control characters) is left out of names.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::network::{Network, NetworkKind};

/// The file formats a network is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    /// `GraphML`.
    GraphMl,
    /// GEXF 1.3 (`version_1_2`: GEXF 1.2draft, for older readers).
    Gexf {
        /// Write GEXF 1.2draft instead of 1.3.
        version_1_2: bool,
    },
    /// CSV adjacency matrix, names in the first row and column.
    Csv,
}

impl GraphFormat {
    /// The format of a file name's extension (`.graphml`, `.gexf`, `.csv`), case-insensitively.
    pub fn from_path(path: &std::path::Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "graphml" => Some(Self::GraphMl),
            "gexf" => Some(Self::Gexf { version_1_2: false }),
            "csv" => Some(Self::Csv),
            _ => None,
        }
    }
}

/// Writes a network in a format.
pub fn write_network<W: Write>(out: W, network: &Network, format: GraphFormat) -> io::Result<()> {
    match format {
        GraphFormat::GraphMl => write_graphml(out, network),
        GraphFormat::Gexf { version_1_2 } => write_gexf(out, network, version_1_2),
        GraphFormat::Csv => write_csv_matrix(out, network),
    }
}

/// Text for an XML attribute or element: escaped, without the characters XML 1.0 forbids.
fn xml(text: &str) -> String {
    let clean: String = text
        .chars()
        .filter(|&c| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..))
        .collect();
    quick_xml::escape::escape(clean.as_str()).into_owned()
}

/// A number as the files write it: shortest exact form (`3`, `0.25`, `-1.5`).
fn num(x: f64) -> String {
    format!("{x}")
}

/// A description of the network for file headers.
fn description(network: &Network) -> String {
    let kind = network.kind.name();
    if network.kind == NetworkKind::Affiliation {
        format!("Stance Desk {kind} network (actor-target, weight = statements)")
    } else {
        format!("Stance Desk {kind} network (actors, normalisation {})", network.normalization.name())
    }
}

/// Writes `GraphML`: undirected, with `label`, `type` and `statements` on nodes and `weight` and
/// the other edge attributes on edges.
pub fn write_graphml<W: Write>(mut out: W, network: &Network) -> io::Result<()> {
    let mut s = String::with_capacity(256 + network.edges.len() * 96);
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    let _ = writeln!(s, "  <!-- {} -->", xml(&description(network)));
    s.push_str("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
    s.push_str("  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n");
    s.push_str("  <key id=\"statements\" for=\"node\" attr.name=\"statements\" attr.type=\"int\"/>\n");
    s.push_str("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n");
    for (k, name) in network.edge_attributes.iter().enumerate() {
        let _ = writeln!(s, "  <key id=\"e{k}\" for=\"edge\" attr.name=\"{}\" attr.type=\"double\"/>", xml(name));
    }
    s.push_str("  <graph id=\"G\" edgedefault=\"undirected\">\n");
    for (i, n) in network.nodes.iter().enumerate() {
        let _ = writeln!(
            s,
            "    <node id=\"n{i}\"><data key=\"label\">{}</data><data key=\"type\">{}</data>\
             <data key=\"statements\">{}</data></node>",
            xml(&n.label),
            n.kind.as_str(),
            n.statements
        );
    }
    for e in &network.edges {
        let _ = write!(
            s,
            "    <edge source=\"n{}\" target=\"n{}\"><data key=\"weight\">{}</data>",
            e.source,
            e.target,
            num(e.weight)
        );
        for (k, v) in e.attributes.iter().enumerate() {
            let _ = write!(s, "<data key=\"e{k}\">{}</data>", num(*v));
        }
        s.push_str("</edge>\n");
    }
    s.push_str("  </graph>\n</graphml>\n");
    out.write_all(s.as_bytes())?;
    out.flush()
}

/// Writes GEXF 1.3 (or 1.2draft): undirected, static; node `label` native, `type` and
/// `statements` as node attributes; edge `weight` native, the others as edge attributes.
pub fn write_gexf<W: Write>(mut out: W, network: &Network, version_1_2: bool) -> io::Result<()> {
    let (ns, version) =
        if version_1_2 { ("http://www.gexf.net/1.2draft", "1.2") } else { ("http://gexf.net/1.3", "1.3") };
    let mut s = String::with_capacity(512 + network.edges.len() * 96);
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        s,
        "<gexf xmlns=\"{ns}\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"{ns} {ns}/gexf.xsd\" version=\"{version}\">"
    );
    let _ = writeln!(
        s,
        "  <meta>\n    <creator>Stance Desk {}</creator>\n    <description>{}</description>\n  </meta>",
        env!("CARGO_PKG_VERSION"),
        xml(&description(network))
    );
    s.push_str("  <graph mode=\"static\" defaultedgetype=\"undirected\">\n");
    s.push_str("    <attributes class=\"node\">\n");
    s.push_str("      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n");
    s.push_str("      <attribute id=\"statements\" title=\"statements\" type=\"integer\"/>\n");
    s.push_str("    </attributes>\n");
    if !network.edge_attributes.is_empty() {
        s.push_str("    <attributes class=\"edge\">\n");
        for (k, name) in network.edge_attributes.iter().enumerate() {
            let _ = writeln!(s, "      <attribute id=\"e{k}\" title=\"{}\" type=\"double\"/>", xml(name));
        }
        s.push_str("    </attributes>\n");
    }
    s.push_str("    <nodes>\n");
    for (i, n) in network.nodes.iter().enumerate() {
        let _ = writeln!(
            s,
            "      <node id=\"n{i}\" label=\"{}\"><attvalues><attvalue for=\"type\" value=\"{}\"/>\
             <attvalue for=\"statements\" value=\"{}\"/></attvalues></node>",
            xml(&n.label),
            n.kind.as_str(),
            n.statements
        );
    }
    s.push_str("    </nodes>\n    <edges>\n");
    for (i, e) in network.edges.iter().enumerate() {
        let _ = write!(
            s,
            "      <edge id=\"{i}\" source=\"n{}\" target=\"n{}\" weight=\"{}\">",
            e.source,
            e.target,
            num(e.weight)
        );
        if !e.attributes.is_empty() {
            s.push_str("<attvalues>");
            for (k, v) in e.attributes.iter().enumerate() {
                let _ = write!(s, "<attvalue for=\"e{k}\" value=\"{}\"/>", num(*v));
            }
            s.push_str("</attvalues>");
        }
        s.push_str("</edge>\n");
    }
    s.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out.write_all(s.as_bytes())?;
    out.flush()
}

/// Writes the weights as a CSV matrix (RFC 4180, CRLF): names in the first row and column, 0
/// where there is no edge. One-mode networks give a symmetric actor × actor matrix (0 on the
/// diagonal); affiliation an actor × target matrix.
pub fn write_csv_matrix<W: Write>(out: W, network: &Network) -> io::Result<()> {
    use super::network::NodeKind;
    let rows: Vec<usize> = (0..network.nodes.len()).filter(|&i| network.nodes[i].kind == NodeKind::Actor).collect();
    let cols: Vec<usize> = if network.kind == NetworkKind::Affiliation {
        (0..network.nodes.len()).filter(|&i| network.nodes[i].kind == NodeKind::Target).collect()
    } else {
        rows.clone()
    };
    let col_of: std::collections::HashMap<usize, usize> = cols.iter().enumerate().map(|(k, &i)| (i, k)).collect();
    let row_of: std::collections::HashMap<usize, usize> = rows.iter().enumerate().map(|(k, &i)| (i, k)).collect();
    let mut weights = vec![vec![0.0; cols.len()]; rows.len()];
    for e in &network.edges {
        for (a, b) in [(e.source, e.target), (e.target, e.source)] {
            if let (Some(&r), Some(&c)) = (row_of.get(&a), col_of.get(&b)) {
                weights[r][c] = e.weight;
            }
        }
    }
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(out);
    let header = std::iter::once(String::new()).chain(cols.iter().map(|&i| network.nodes[i].label.clone()));
    w.write_record(header).map_err(io::Error::from)?;
    for (r, &i) in rows.iter().enumerate() {
        let record = std::iter::once(network.nodes[i].label.clone()).chain(weights[r].iter().map(|&x| num(x)));
        w.write_record(record).map_err(io::Error::from)?;
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::network::{Normalization, network};
    use crate::analysis::tests::project;
    use crate::analysis::{Scope, Tally};

    fn tally() -> Tally {
        let p = project(&[
            ("Ann <&> \"Lee\"", "talks", Some("Support")),
            ("Bo\u{1}b", "talks", Some("Support")),
            ("Bo\u{1}b", "budget", Some("Oppose")),
        ]);
        Tally::of(&p, &Scope::default())
    }

    fn text(n: &Network, f: GraphFormat) -> String {
        let mut buf = Vec::new();
        write_network(&mut buf, n, f).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn graphml_escapes_names_and_strips_control_characters() {
        let n = network(&tally(), NetworkKind::Affiliation, Normalization::None).unwrap();
        let g = text(&n, GraphFormat::GraphMl);
        assert!(g.contains("<data key=\"label\">Ann &lt;&amp;&gt; &quot;Lee&quot;</data>"), "{g}");
        assert!(g.contains("<data key=\"label\">Bob</data>"));
        assert!(g.contains("attr.name=\"n_Support\""));
        assert!(g.contains("<data key=\"type\">target</data>"));
        assert!(g.contains("edgedefault=\"undirected\""));
        assert_eq!(g.matches("<edge ").count(), 3);
    }

    #[test]
    fn gexf_is_1_3_or_1_2draft() {
        let n = network(&tally(), NetworkKind::Congruence, Normalization::None).unwrap();
        let g = text(&n, GraphFormat::Gexf { version_1_2: false });
        assert!(g.contains("xmlns=\"http://gexf.net/1.3\"") && g.contains("version=\"1.3\""), "{g}");
        assert!(g.contains("weight=\"1\""));
        assert!(!g.contains("class=\"edge\""), "one-mode edges have only a weight");
        let old = text(&n, GraphFormat::Gexf { version_1_2: true });
        assert!(old.contains("http://www.gexf.net/1.2draft") && old.contains("version=\"1.2\""));
    }

    #[test]
    fn csv_matrices_are_square_for_actors_and_actor_by_target_for_affiliation() {
        let n = network(&tally(), NetworkKind::Congruence, Normalization::None).unwrap();
        let c = text(&n, GraphFormat::Csv);
        assert_eq!(c, ",\"Ann <&> \"\"Lee\"\"\",Bo\u{1}b\r\n\"Ann <&> \"\"Lee\"\"\",0,1\r\nBo\u{1}b,1,0\r\n");
        let a = network(&tally(), NetworkKind::Affiliation, Normalization::None).unwrap();
        let c = text(&a, GraphFormat::Csv);
        assert!(c.starts_with(",budget,talks\r\n"), "{c}");
        assert!(c.ends_with("Bo\u{1}b,1,1\r\n"), "{c}");
        assert_eq!(
            GraphFormat::from_path(std::path::Path::new("x.GEXF")),
            Some(GraphFormat::Gexf { version_1_2: false })
        );
        assert_eq!(GraphFormat::from_path(std::path::Path::new("x.txt")), None);
    }
}
