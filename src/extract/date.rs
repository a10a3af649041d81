//! Finding a briefing's date in its text: ISO dates, "12 March 2026", "March 12, 2026",
//! "12. März 2026", "12 mars 2026".

/// The month a word names (“March”, “März”, “Sept.”).
fn month(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    if w.len() < 3 || w.len() > 9 || !w.starts_with(char::is_alphabetic) {
        return None;
    }
    super::lexicon::month(&w.to_lowercase())
}

/// A valid date as `YYYY-MM-DD`.
fn valid(y: i32, m: u32, d: u32) -> Option<String> {
    chrono::NaiveDate::from_ymd_opt(y, m, d).map(|dt| dt.format("%Y-%m-%d").to_string())
}

/// A number of up to four digits, with a trailing comma or dot.
fn num(w: &str) -> Option<u32> {
    let t = w.trim_end_matches([',', '.']);
    if t.is_empty() || t.len() > 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

/// The first full date (day, month and year) in the first 3000 characters, as `YYYY-MM-DD`.
pub fn find_date(text: &str) -> Option<String> {
    let head: String = text.chars().take(3000).collect();
    let words: Vec<&str> =
        head.split(|c: char| c.is_whitespace() || c == '(' || c == ')').filter(|w| !w.is_empty()).collect();
    for (i, w) in words.iter().enumerate() {
        // ISO 2026-03-12 (possibly with a time after T)
        let core = w.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-');
        let iso = core.get(..10).unwrap_or(core);
        let parts: Vec<&str> = iso.split('-').collect();
        if parts.len() == 3 && parts[0].len() == 4 && parts[1].len() == 2 && parts[2].len() == 2 {
            if let (Ok(y), Some(m), Some(d)) = (parts[0].parse::<i32>(), num(parts[1]), num(parts[2])) {
                if let Some(s) = valid(y, m, d) {
                    return Some(s);
                }
            }
        }
        let next = words.get(i + 1).copied();
        let next2 = words.get(i + 2).copied();
        // 12 March 2026 / 12. März 2026
        if let (Some(d), Some(m), Some(y)) = (num(w), next.and_then(month), next2.and_then(num)) {
            if y >= 1900 {
                if let Some(s) = valid(y.cast_signed(), m, d) {
                    return Some(s);
                }
            }
        }
        // March 12, 2026
        if let (Some(m), Some(d), Some(y)) = (month(w), next.and_then(num), next2.and_then(num)) {
            if y >= 1900 {
                if let Some(s) = valid(y.cast_signed(), m, d) {
                    return Some(s);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(find_date("Briefing of 12 March 2026\nText"), Some("2026-03-12".into()));
        assert_eq!(find_date("Updated March 5, 2025 at noon"), Some("2025-03-05".into()));
        assert_eq!(find_date("Stand: 3. März 2024"), Some("2024-03-03".into()));
        assert_eq!(find_date("Publié le 7 mai 2019"), Some("2019-05-07".into()));
        assert_eq!(find_date("2026-11-28T10:00 live"), Some("2026-11-28".into()));
        assert_eq!(find_date("On 31 February 2026 nothing"), None);
        assert_eq!(find_date("no date at all, 30 percent"), None);
    }
}
