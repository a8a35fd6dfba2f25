//! A row of "Report by unit" written as HTML: every text is escaped, each
//! field carries what the page reads it back by, and the row says what the
//! sheet's cells said.

use plan_tracker::i18n::Lang;
use plan_tracker::model::*;
use plan_tracker::query::{TaskHref, TaskIndex};
use plan_tracker::sheet_html::{field_ids, sheet_row_html, Entry};

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

/// One task whose texts carry markup characters, with one report.
fn plan() -> Plan {
    let mut p = Plan::new(Id::new("p"), "Plan", d(2023, 1, 1), d(2023, 12, 31));
    p.areas.push(KeyArea::new("a1", "Roads"));
    p.units.push(Unit::new("u1", "Transport"));
    let mut t = Task::new(
        "t 1&2",
        "1.<1>",
        "<script>alert('x')</script> & more",
        "a1",
        "u1",
    );
    t.deadline = Some(d(2023, 6, 30));
    p.tasks.push(t);
    p.updates.push(Update::new(
        Id::new("r1"),
        Subject::Task(Id::new("t 1&2")),
        d(2023, 3, 31),
        42.4,
    ));
    p
}

fn row(lang: Lang, at: Option<usize>, entry: &Entry) -> String {
    let p = plan();
    let index = TaskIndex::build(&p, d(2023, 4, 10));
    let mut out = String::new();
    sheet_row_html(
        &mut out,
        lang.catalog(),
        &p,
        &index,
        at,
        &TaskHref::new("?lang=en"),
        ("br-l", 7),
        entry,
    );
    out
}

const TYPED: Entry = Entry {
    progress: "5\"<",
    status: "at_risk",
    narrative: "Done <b>it</b> & \"more\"",
    done_on: "2023-03-<1>",
    error: Some("Enter a number <between> 0 and 100"),
};

#[test]
fn every_text_is_escaped() {
    let out = row(Lang::En, Some(0), &TYPED);
    for raw in ["<script>", "<b>", "<1>", "<between>", "5\"<"] {
        assert!(!out.contains(raw), "{raw} in {out}");
    }
    assert!(out.contains(">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</a>"));
    assert!(out.contains("value=\"5&quot;&lt;\""), "{out}");
    assert!(out.contains("value=\"Done &lt;b&gt;it&lt;/b&gt; &amp; &quot;more&quot;\""));
    assert!(out.contains(">Enter a number &lt;between&gt; 0 and 100</p>"));
    assert!(out.contains("value=\"2023-03-&lt;1&gt;\""), "{out}");
    // The task's link, its id encoded, the address's `&` escaped.
    assert!(
        out.contains("<a href=\"?view=task&amp;id=t%201%262&amp;lang=en\">"),
        "{out}"
    );
}

#[test]
fn each_field_says_its_row_its_kind_and_its_problem() {
    let (field, error) = field_ids("br-l", 7);
    assert_eq!(
        (field.as_str(), error.as_str()),
        ("br-l7-progress", "br-l7-progress-error")
    );
    let out = row(Lang::En, Some(0), &TYPED);
    assert!(
        out.starts_with("<tr data-row=\"7\">") && out.ends_with("</tr>"),
        "{out}"
    );
    assert!(out.contains(&format!("id=\"{field}\"")));
    // The progress and the day completed are described by the row's
    // problem.
    assert_eq!(
        out.matches(&format!("aria-describedby=\"{error}\""))
            .count(),
        2
    );
    assert!(out.contains(&format!(
        "<p class=\"field-error\" id=\"{error}\" aria-live=\"polite\">"
    )));
    assert!(out.contains("aria-invalid=\"true\""));
    for kind in ["p", "s", "c", "n"] {
        assert_eq!(
            out.matches(&format!("data-field=\"{kind}\"")).count(),
            1,
            "{kind}"
        );
    }
    // Without a problem: not invalid, and the problem's place is empty.
    let blank = row(
        Lang::En,
        Some(0),
        &Entry {
            status: "on_track",
            ..Entry::default()
        },
    );
    assert!(blank.contains("aria-invalid=\"false\""));
    assert!(blank.contains(&format!("id=\"{error}\" aria-live=\"polite\"></p>")));
    assert!(blank.contains("value=\"\""));
}

#[test]
fn the_status_chosen_is_the_one_selected() {
    for s in <ReportedStatus as Choice>::ALL {
        let out = row(
            Lang::En,
            Some(0),
            &Entry {
                status: s.key(),
                ..TYPED
            },
        );
        assert_eq!(out.matches(" selected").count(), 1, "{out}");
        assert!(out.contains(&format!("<option value=\"{}\" selected>", s.key())));
        assert_eq!(out.matches("<option ").count(), ReportedStatus::ALL.len());
    }
}

#[test]
fn the_fields_are_named_by_their_task_in_each_language() {
    let en = row(Lang::En, Some(0), &TYPED);
    let name = "1.&lt;1&gt; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more";
    for label in [
        "New progress (%) for ",
        "Status of ",
        "Day completed of ",
        "What was done on ",
    ] {
        assert!(
            en.contains(&format!("aria-label=\"{label}{name}\"")),
            "{label} in {en}"
        );
    }
    let zh = row(Lang::Zh, Some(0), &TYPED);
    for label in ["：最新进度（%）", "：推进状态", "：完成日期", "：进展情况"]
    {
        assert!(
            zh.contains(&format!("aria-label=\"{name}{label}\"")),
            "{label} in {zh}"
        );
    }
    // The day completed's visible word, and its hint.
    assert!(en.contains("<label class=\"done-on\"><span aria-hidden=\"true\">Day completed</span>"));
    assert!(zh.contains("<label class=\"done-on\"><span aria-hidden=\"true\">完成日期</span>"));
    assert!(zh.contains("title=\"留空即为填报日期"), "{zh}");
    // The cells' names, for a phone's cards.
    assert!(
        zh.contains("<td class=\"current\" data-label=\"当前进度\">"),
        "{zh}"
    );
    assert!(en.contains("<td class=\"current\" data-label=\"Current progress\">"));
}

#[test]
fn the_row_says_where_its_task_stands() {
    let out = row(Lang::En, Some(0), &TYPED);
    // Its code, its latest progress as a bar, and its light in words.
    assert!(out.contains("<td class=\"code\">1.&lt;1&gt;</td>"));
    assert!(out.contains("aria-valuenow=\"42\"") && out.contains("data-w=\"42.4\""));
    assert!(out.contains("<span class=\"pct\">42%</span>"));
    assert!(out.contains("<span class=\"light light-"), "{out}");
    assert_eq!(out.matches("<td").count(), 5);
    assert_eq!(out.matches("<th scope=\"row\"").count(), 1);
}

#[test]
fn a_row_whose_task_is_gone_keeps_its_fields() {
    let out = row(Lang::En, None, &TYPED);
    assert!(
        !out.contains("<a href") && !out.contains("progressbar"),
        "{out}"
    );
    assert!(out.contains("value=\"5&quot;&lt;\""));
    assert_eq!(out.matches("data-field=").count(), 4);
}

#[test]
fn a_task_co_operated_on_is_listed_with_its_lead_and_standing_and_no_field() {
    let mut p = plan();
    p.units.push(Unit::new("u2", "Water & <Power>"));
    let mut never = Task::new("t2", "2.1", "Dams", "a1", "u1");
    never.co_units = vec![Id::new("u2")];
    p.tasks.push(never);
    let index = TaskIndex::build(&p, d(2023, 4, 10));
    for (lang, words) in [
        (Lang::En, ["Transport", "42%", "2023-03-31", "None yet"]),
        (Lang::Zh, ["Transport", "42%", "2023-03-31", "尚未报告"]),
    ] {
        let mut out = String::new();
        plan_tracker::sheet_html::co_table_html(
            &mut out,
            lang.catalog(),
            &p,
            &index,
            &[0, 1],
            &TaskHref::new("?lang=en"),
        );
        for w in words {
            assert!(out.contains(w), "{lang:?} {w}: {out}");
        }
        // The header's row and the two tasks'.
        assert_eq!(out.matches("<tr>").count(), 3, "{out}");
        assert!(!out.contains("<input") && !out.contains("<select"), "{out}");
        assert!(!out.contains("<script>"), "{out}");
    }
    let mut none = String::new();
    plan_tracker::sheet_html::co_table_html(
        &mut none,
        Lang::En.catalog(),
        &p,
        &index,
        &[],
        &TaskHref::new("?lang=en"),
    );
    assert_eq!(
        none,
        "<p class=\"empty\">This unit co-operates on no tasks.</p>"
    );
}
