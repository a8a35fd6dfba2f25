//! A number the app prints reads back as itself, through the one reader of
//! typed values every form uses.

use plan_tracker::input::{date, display, money, number, pasted_date, percent, plain, Bad};
use proptest::prelude::*;

proptest! {
    #[test]
    fn a_figure_put_into_an_input_reads_back_exactly(x in any::<f64>().prop_filter("finite", |x| x.is_finite())) {
        prop_assert_eq!(number(&plain(x)), Ok(Some(x)));
    }

    #[test]
    fn a_figure_shown_reads_back_as_the_same_figure(x in -1e15f64..1e15) {
        let shown = display(x);
        let read = number(&shown).unwrap().unwrap();
        prop_assert_eq!(display(read), shown.clone());
        prop_assert!((read - x).abs() <= 0.005 + x.abs() * 1e-15, "{} read as {}", shown, read);
    }

    #[test]
    fn a_percentage_reads_as_its_number(x in 0u32..=10_000) {
        let p = f64::from(x) / 100.0;
        prop_assert_eq!(percent(&format!("{}%", plain(p))), Ok(Some(p)));
    }
}

/// The table of what users type and what it means, in every form.
#[test]
fn what_typed_text_means() {
    let cases: &[(&str, Result<Option<f64>, Bad>)] = &[
        ("", Ok(None)),
        ("  ", Ok(None)),
        ("12.5", Ok(Some(12.5))),
        ("12,5", Ok(Some(12.5))),
        ("1,234", Ok(Some(1234.0))),
        ("0,125", Ok(Some(0.125))),
        ("1,234.5", Ok(Some(1234.5))),
        ("12,000", Ok(Some(12000.0))),
        ("-3", Ok(Some(-3.0))),
        ("+3", Ok(Some(3.0))),
        ("－3", Ok(Some(-3.0))),
        ("１２，５", Ok(Some(12.5))),
        ("１２．５", Ok(Some(12.5))),
        (" 7 ", Ok(Some(7.0))),
        ("\u{3000}7\u{3000}", Ok(Some(7.0))),
        ("3 5", Err(Bad::NotNumber)),
        ("1,2,3", Err(Bad::NotNumber)),
        ("12k", Err(Bad::NotNumber)),
        ("inf", Err(Bad::NotNumber)),
        ("1e400", Err(Bad::NotNumber)),
    ];
    for (typed, meaning) in cases {
        assert_eq!(number(typed), *meaning, "{typed:?}");
    }
    assert_eq!(display(12000.0), "12,000");
    assert_eq!(display(1500.5), "1,500.5");
    assert_eq!(display(-0.001), "0");
    assert_eq!(plain(12.0), "12");
}

#[test]
fn a_date_of_a_year_no_plan_has_is_refused_as_such() {
    let d = |y, m, dd| chrono::NaiveDate::from_ymd_opt(y, m, dd);
    assert_eq!(date("2027-09-30"), Ok(d(2027, 9, 30)));
    assert_eq!(date("２０２７-０９-３０"), Ok(d(2027, 9, 30)));
    assert_eq!(date("1950-01-01"), Ok(d(1950, 1, 1)));
    assert_eq!(date("2099-12-31"), Ok(d(2099, 12, 31)));
    assert_eq!(date(""), Ok(None));
    // What a browser's date field makes of "2027/9/30" typed in the wrong order.
    assert_eq!(date("7930-02-02"), Err(Bad::DateYear));
    assert_eq!(date("0735-02-02"), Err(Bad::DateYear));
    assert_eq!(date("1949-12-31"), Err(Bad::DateYear));
    assert_eq!(date("2027/9/30"), Err(Bad::NotDate));
}

/// A deadline copied from the plan's document and pasted into a date
/// field reads as the day it names; anything else leaves the field alone.
#[test]
fn a_date_pasted_as_the_document_writes_it_is_the_day_it_names() {
    let d = |y, m, dd| chrono::NaiveDate::from_ymd_opt(y, m, dd);
    let cases = [
        ("2024年6月底", d(2024, 6, 30)),
        ("2024年6月底前完成", d(2024, 6, 30)),
        (" 2024/6/30 ", d(2024, 6, 30)),
        ("2024-06-30", d(2024, 6, 30)),
        ("２０２４年３月１５日", d(2024, 3, 15)),
        ("2024年一季度", d(2024, 3, 31)),
        // A year left out is the plan's.
        ("6月底前", d(2025, 6, 30)),
        ("年底", d(2025, 12, 31)),
        ("三季度末", d(2025, 9, 30)),
        // No day: an ongoing task, words, a year no plan has.
        ("长期坚持", None),
        ("尽快", None),
        ("", None),
        ("7930-02-02", None),
        ("1900年6月底", None),
        ("2024年2月30日", None),
    ];
    for (pasted, day) in cases {
        assert_eq!(pasted_date(pasted, 2025), day, "{pasted}");
    }
}

/// Money in a project's unit, 万元, as offices write amounts.
#[test]
fn amounts_with_their_unit_read_in_ten_thousand_yuan() {
    let cases: &[(&str, Result<Option<f64>, Bad>)] = &[
        ("", Ok(None)),
        ("3000", Ok(Some(3000.0))),
        ("3,000", Ok(Some(3000.0))),
        ("3000万", Ok(Some(3000.0))),
        ("3000万元", Ok(Some(3000.0))),
        (" 3000 万元 ", Ok(Some(3000.0))),
        ("1.5亿", Ok(Some(15000.0))),
        ("1.5亿元", Ok(Some(15000.0))),
        ("１．５亿", Ok(Some(15000.0))),
        ("150000元", Ok(Some(15.0))),
        ("亿", Err(Bad::NotNumber)),
        ("万元", Err(Bad::NotNumber)),
        ("1.5千万", Err(Bad::NotNumber)),
        ("1.5 billion", Err(Bad::NotNumber)),
    ];
    for (typed, meaning) in cases {
        assert_eq!(money(typed), *meaning, "{typed:?}");
    }
}
