//! Property tests: extraction never panics, on any string, and every statement's text is exactly
//! the document text between its character offsets.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::format_push_string, clippy::cast_possible_truncation)]

use proptest::prelude::*;
use stancedesk::extract::extract_document;
use stancedesk::model::DocumentId;

fn check(text: &str) -> Result<(), TestCaseError> {
    let ex = extract_document(text, DocumentId(3), 100);
    let chars: Vec<char> = text.chars().collect();
    let mut last_start = 0;
    for (n, s) in ex.statements.iter().enumerate() {
        prop_assert!(s.range.start <= s.range.end && s.range.end <= chars.len());
        let slice: String = chars[s.range.start..s.range.end].iter().collect();
        prop_assert_eq!(&slice, &s.text);
        prop_assert!(!s.text.is_empty());
        prop_assert_eq!(s.id.0, 100 + n as u64);
        prop_assert!(s.range.start >= last_start, "statements are in document order");
        last_start = s.range.start;
        prop_assert!((s.item as usize) < ex.items.len().max(1));
        prop_assert!((0.0..=1.0).contains(&s.confidence));
    }
    let mut prev_end = 0;
    for it in &ex.items {
        prop_assert!(it.range.start >= prev_end && it.range.start <= it.range.end && it.range.end <= chars.len());
        prev_end = it.range.end;
    }
    Ok(())
}

/// Text made of the pieces news text is made of: names, cue words, quote marks of every style,
/// apostrophes, punctuation and line breaks, so that the rules actually fire.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("said".to_owned()),
        Just("told reporters".to_owned()),
        Just("according to".to_owned()),
        Just("sagte".to_owned()),
        Just("laut".to_owned()),
        Just("a-t-il déclaré".to_owned()),
        Just("selon".to_owned()),
        Just("that".to_owned()),
        Just("she".to_owned()),
        Just("the minister".to_owned()),
        Just("Anna Berg".to_owned()),
        Just("Berg".to_owned()),
        Just("White House".to_owned()),
        Just("quoted an official as saying".to_owned()),
        Just("so-called".to_owned()),
        Just("and has since said".to_owned()),
        prop::sample::select(vec!["“", "”", "„", "“", "«", "»", "‘", "’", "‚", "\"", "'", "‹", "›"])
            .prop_map(str::to_owned),
        prop::sample::select(vec![",", ".", ":", ";", "—", "?", "!", "(", ")", "\n", "\n\n", " ", "\u{a0}", "’s"])
            .prop_map(str::to_owned),
        "[a-zA-Zäöüéàç]{1,9}",
        "[0-9]{1,4}",
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_string_extracts_without_panic(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn newsy_text_keeps_offsets_exact(text in newsy()) {
        check(&text)?;
    }

    #[test]
    fn newsy_text_with_glued_marks(text in newsy()) {
        // the same without spaces between pieces: marks glued to words
        check(&text.replace(' ', ""))?;
        check(&text.replace(' ', "\n"))?;
    }
}

#[test]
fn pathological_inputs_stay_linear() {
    // deep nesting, thousands of marks, one huge paragraph: must finish fast and not panic
    let cases = [
        "“".repeat(20_000),
        "„“".repeat(10_000),
        "said ".repeat(20_000),
        format!("{}.", "Anna Berg said that ".repeat(5_000)),
        "« ".repeat(10_000) + &" »".repeat(10_000),
        "’".repeat(30_000),
        "A, ".repeat(20_000),
        // regression: French elisions were split by recursion, one frame per prefix
        format!("La ministre a dit que {}x.", "l’".repeat(100_000)),
        // regression: "official at official at …" extended a speaker phrase by recursion
        format!("{}Ministry, Anna Berg said that it works.", "official at ".repeat(20_000)),
        // many headlines, each with a quote: headline work must not grow with the document
        "Berg says “this is the plan for now”\nAnna Berg said the plan works well.\n".repeat(3_000),
    ];
    for text in cases {
        let t = std::time::Instant::now();
        let _ = extract_document(&text, DocumentId(0), 0);
        assert!(t.elapsed().as_secs_f64() < 5.0, "{} bytes took {:?}", text.len(), t.elapsed());
    }
}

/// A made-up name for speaker `i`: two capitalised words, different for every `i`.
fn speaker_name(i: usize) -> String {
    let word = |mut n: usize| {
        let mut w = String::new();
        n += 26 * 26;
        while n > 0 {
            w.push(char::from(b"bcdfghklmnprstvz"[n % 16]));
            w.push(char::from(b"aeiou"[(n / 16) % 5]));
            n /= 80;
        }
        let mut c = w.chars();
        c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
    };
    format!("{} {}", word(i), word(i * 7 + 3))
}

/// Extraction time of `text`, the best of two runs (the machine is shared).
fn time(text: &str) -> f64 {
    let t = std::time::Instant::now();
    let _ = extract_document(text, DocumentId(0), 0);
    t.elapsed().as_secs_f64()
}

/// The best of three times of the small and the large input, measured in turns, so that load
/// from other tests on a shared machine hits both alike.
fn best_times(small: &str, large: &str) -> (f64, f64) {
    (0..3).fold((f64::INFINITY, f64::INFINITY), |(a, b), _| (a.min(time(small)), b.min(time(large))))
}

/// Growth at four times the input that is still linear: six times the time, and two more for
/// a noisy machine (quadratic work would take sixteen times as long).
const LINEAR_AT_4X: f64 = 8.0;

#[test]
fn many_different_speakers_stay_linear() {
    // regression: the role index scanned every name of a role before adding one (400,000
    // speakers: over 300 s). Four times the speakers may take at most six times as long.
    let briefing = |n: usize| {
        let mut t = String::from("Briefing on the talks\n");
        for i in 0..n {
            t.push_str(&format!("Minister {} said the plan number {i} works.\n", speaker_name(i)));
        }
        t
    };
    let (small, large) = (briefing(2_000), briefing(8_000));
    let (a, b) = best_times(&small, &large);
    assert!(b <= LINEAR_AT_4X * a + 0.02, "2,000 speakers: {a:.3} s; 8,000: {b:.3} s ({:.1}x)", b / a);
}

#[test]
fn pathological_inputs_grow_linearly() {
    // each case at 4x its size may take at most LINEAR_AT_4X times as long (plus the timer's noise)
    let cases: [fn(usize) -> String; 7] = [
        |n| "“".repeat(n),
        |n| "„“".repeat(n / 2),
        |n| "’".repeat(n),
        |n| "said ".repeat(n / 4),
        |n| format!("{}.", "Anna Berg said that ".repeat(n / 4)),
        |n| "Berg says “this is the plan for now”\nAnna Berg said the plan works well.\n".repeat(n / 8),
        |n| format!("{}Ministry, Anna Berg said that it works.", "official at ".repeat(n / 2)),
    ];
    for (k, case) in cases.iter().enumerate() {
        let (a, b) = best_times(&case(10_000), &case(40_000));
        assert!(b <= LINEAR_AT_4X * a + 0.02, "case {k}: {a:.3} s, at 4x {b:.3} s ({:.1}x)", b / a);
    }
}
