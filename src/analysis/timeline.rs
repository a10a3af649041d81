//! Stance over time: tagged statements per day of their document's date, per target and label,
//! binned by day, week or month for stacked bars. Statements of undated documents are counted
//! apart.

use std::collections::HashMap;

use chrono::{Datelike, Days, Months, NaiveDate};

use super::{Labels, Scope, parse_date, scoped};
use crate::model::Project;

/// The width of a bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Granularity {
    /// One bar per day.
    Day,
    /// One bar per week (Monday to Sunday).
    Week,
    /// One bar per calendar month.
    Month,
}

impl Granularity {
    /// Every granularity.
    pub const ALL: [Self; 3] = [Self::Day, Self::Week, Self::Month];

    /// Its name.
    pub fn name(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Week => "week",
            Self::Month => "month",
        }
    }

    /// The first day of the bin of `day`.
    pub fn start(self, day: NaiveDate) -> NaiveDate {
        match self {
            Self::Day => day,
            Self::Week => day - Days::new(u64::from(day.weekday().num_days_from_monday())),
            Self::Month => day.with_day(1).unwrap_or(day),
        }
    }

    /// The first day of the bin after the one starting on `start`.
    fn next(self, start: NaiveDate) -> Option<NaiveDate> {
        match self {
            Self::Day => start.checked_add_days(Days::new(1)),
            Self::Week => start.checked_add_days(Days::new(7)),
            Self::Month => start.checked_add_months(Months::new(1)),
        }
    }
}

/// Tagged statements per (day, target, label); targets are indices into [`Timeline::targets`],
/// `None` for statements without a target.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timeline {
    /// The labels counted.
    pub labels: Labels,
    /// Targets of the tagged statements, sorted case-insensitively.
    pub targets: Vec<String>,
    /// (day, target, label, statements), sorted by day.
    pub days: Vec<(NaiveDate, Option<u32>, u16, u32)>,
    /// (target, label, statements) of statements whose document has no date.
    pub undated: Vec<(Option<u32>, u16, u32)>,
}

/// Stacked bars: the bins' first days and the statements per label in each.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Bars {
    /// First day of each bin, consecutive, from the first dated statement to the last.
    pub starts: Vec<NaiveDate>,
    /// Statements per label in each bin.
    pub counts: Vec<Vec<u32>>,
    /// Statements per label of undated documents.
    pub undated: Vec<u32>,
}

impl Bars {
    /// The tallest bin.
    pub fn max_total(&self) -> u32 {
        self.counts.iter().map(|c| c.iter().sum::<u32>()).max().unwrap_or(0)
    }
}

/// Most bins a chart gets; coarser bins are used beyond.
pub const MAX_BINS: usize = 400;

impl Timeline {
    /// Counts the tagged statements of a project that `scope` keeps.
    pub fn of(project: &Project, scope: &Scope) -> Self {
        let mut labels = Labels::of(&project.codebook);
        let mut target_names: HashMap<&str, u32> = HashMap::new();
        let mut dated: HashMap<(NaiveDate, Option<u32>, u16), u32> = HashMap::new();
        let mut undated: HashMap<(Option<u32>, u16), u32> = HashMap::new();
        for (s, doc) in scoped(project, scope) {
            let Some(label) = s.stance.as_deref() else { continue };
            let k = labels.index_or_add(label) as u16;
            let t = s.target.trim();
            let next = target_names.len() as u32;
            let target = (!t.is_empty()).then(|| *target_names.entry(t).or_insert(next));
            match doc.and_then(|d| d.date.as_deref()).and_then(parse_date) {
                Some(day) => *dated.entry((day, target, k)).or_default() += 1,
                None => *undated.entry((target, k)).or_default() += 1,
            }
        }
        // renumber targets in name order
        let mut names: Vec<(&str, u32)> = target_names.into_iter().collect();
        names.sort_by_cached_key(|(n, _)| (n.to_lowercase(), (*n).to_owned()));
        let mut new_ix = vec![0u32; names.len()];
        for (i, (_, old)) in names.iter().enumerate() {
            new_ix[*old as usize] = i as u32;
        }
        let renumber = |t: Option<u32>| t.map(|t| new_ix[t as usize]);
        let mut days: Vec<_> = dated.into_iter().map(|((d, t, k), n)| (d, renumber(t), k, n)).collect();
        days.sort_unstable();
        let mut undated: Vec<_> = undated.into_iter().map(|((t, k), n)| (renumber(t), k, n)).collect();
        undated.sort_unstable();
        Self { labels, targets: names.into_iter().map(|(n, _)| n.to_owned()).collect(), days, undated }
    }

    /// The first and last day with statements.
    pub fn span(&self) -> Option<(NaiveDate, NaiveDate)> {
        Some((self.days.first()?.0, self.days.last()?.0))
    }

    /// The granularity that fits the date range: days up to two months, weeks up to two years,
    /// months beyond.
    pub fn default_granularity(&self) -> Granularity {
        match self.span() {
            Some((a, b)) if (b - a).num_days() > 730 => Granularity::Month,
            Some((a, b)) if (b - a).num_days() > 62 => Granularity::Week,
            _ => Granularity::Day,
        }
    }

    /// The bars for all targets (`target` `None`) or one, in bins of `granularity` (coarser
    /// when it would give more than [`MAX_BINS`] bins).
    pub fn bars(&self, target: Option<u32>, granularity: Granularity) -> (Granularity, Bars) {
        let keep = |t: Option<u32>| target.is_none() || t == target;
        let n = self.labels.len();
        let mut undated = vec![0u32; n];
        for &(_, k, c) in self.undated.iter().filter(|e| keep(e.0)) {
            undated[k as usize] += c;
        }
        let Some((first, last)) = self.span() else {
            return (granularity, Bars { undated, ..Bars::default() });
        };
        let mut g = granularity;
        let mut starts = bins(g, first, last);
        while starts.len() > MAX_BINS && g != Granularity::Month {
            g = if g == Granularity::Day { Granularity::Week } else { Granularity::Month };
            starts = bins(g, first, last);
        }
        let mut counts = vec![vec![0u32; n]; starts.len()];
        for &(day, _, k, c) in self.days.iter().filter(|e| keep(e.1)) {
            let bin = starts.partition_point(|s| *s <= g.start(day)).saturating_sub(1);
            counts[bin][k as usize] += c;
        }
        (g, Bars { starts, counts, undated })
    }
}

/// The first days of consecutive bins from the bin of `first` to the bin of `last`.
fn bins(g: Granularity, first: NaiveDate, last: NaiveDate) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut d = g.start(first);
    while d <= last {
        out.push(d);
        match g.next(d) {
            Some(n) => d = n,
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tests::{doc, st};

    fn project() -> Project {
        let mut p = Project {
            documents: vec![
                doc(0, "a", Some("2026-03-02")), // Monday
                doc(1, "b", Some("2026-03-04")),
                doc(2, "c", Some("2026-03-10")),
                doc(3, "d", None),
            ],
            ..Project::default()
        };
        p.statements = vec![
            st(0, 0, "A", "talks", Some("Support")),
            st(1, 0, "B", "talks", Some("Oppose")),
            st(2, 1, "A", "budget", Some("Support")),
            st(3, 1, "A", "", Some("Neutral")),
            st(4, 2, "B", "talks", Some("Oppose")),
            st(5, 2, "B", "talks", None),
            st(6, 3, "C", "talks", Some("Support")),
        ];
        p
    }

    #[test]
    fn days_and_weeks_stack_labels_and_undated_statements_count_apart() {
        let t = Timeline::of(&project(), &Scope::default());
        assert_eq!(t.targets, ["budget", "talks"]);
        assert_eq!(t.default_granularity(), Granularity::Day);
        let (g, days) = t.bars(None, Granularity::Day);
        assert_eq!(g, Granularity::Day);
        assert_eq!(days.starts.len(), 9, "2 to 10 March, empty days included");
        assert_eq!(days.counts[0][..3], [1, 1, 0]);
        assert_eq!(days.counts[2][..3], [1, 0, 1]);
        assert_eq!(days.counts[8][..3], [0, 1, 0]);
        assert_eq!(days.undated[..2], [1, 0]);
        assert_eq!(days.max_total(), 2);
        let (_, weeks) = t.bars(Some(1), Granularity::Week);
        assert_eq!(weeks.starts, [parse_date("2026-03-02").unwrap(), parse_date("2026-03-09").unwrap()]);
        assert_eq!(weeks.counts[0][..2], [1, 1], "talks only");
        assert_eq!(weeks.counts[1][..2], [0, 1]);
        let (_, months) = t.bars(Some(0), Granularity::Month);
        assert_eq!(months.counts, [vec![1, 0, 0, 0, 0]]);
        assert_eq!(months.undated, [0; 5]);
    }

    #[test]
    fn long_ranges_get_coarser_bins() {
        let mut p = project();
        p.documents[2].date = Some("2029-12-31".into());
        let t = Timeline::of(&p, &Scope::default());
        assert_eq!(t.default_granularity(), Granularity::Month);
        let (g, bars) = t.bars(None, Granularity::Day);
        assert_eq!(g, Granularity::Week, "{} days would be too many bars", bars.starts.len());
        assert!(bars.starts.len() <= MAX_BINS);
        assert_eq!(bars.counts.iter().map(|c| c.iter().sum::<u32>()).sum::<u32>(), 5);
    }
}
