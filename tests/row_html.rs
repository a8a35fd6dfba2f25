//! A task table row written as HTML: every text from the plan is escaped,
//! and the row says what the table's cells said.

use plan_tracker::i18n::Lang;
use plan_tracker::model::*;
use plan_tracker::query::{row_html, TaskHref, TaskIndex};
use plan_tracker::route::Route;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

/// One task whose texts all carry markup characters, led by one unit and
/// helped by another and by a unit the plan does not hold.
fn plan() -> Plan {
    let mut p = Plan::new(Id::new("p"), "Plan", d(2023, 1, 1), d(2023, 12, 31));
    p.areas.push(KeyArea::new("a1", "Roads & \"bridges\""));
    p.units.push(Unit::new("u1", "<b>Transport</b>"));
    p.units.push(Unit::new("u2", "O'Brien's office"));
    let mut t = Task::new(
        "t 1&2",
        "1.<1>",
        "<script>alert('x')</script> & more",
        "a1",
        "u1",
    );
    t.co_units = vec![Id::new("u2"), Id::new("gone")];
    t.tier = Tier::Key;
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

fn html(lang: Lang, search: &str) -> String {
    let p = plan();
    let index = TaskIndex::build(&p, d(2023, 4, 10));
    let mut out = String::new();
    row_html(
        &mut out,
        lang.catalog(),
        &p,
        &index.rows[0],
        &TaskHref::new(search),
    );
    out
}

#[test]
fn texts_from_the_plan_are_escaped() {
    let out = html(Lang::En, "");
    assert!(!out.contains("<script>"), "{out}");
    assert!(!out.contains("<b>"), "{out}");
    assert!(out.contains(">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</a>"));
    assert!(out.contains("title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more\""));
    assert!(out.contains(">Roads &amp; &quot;bridges&quot;</span>"));
    assert!(out.contains(">&lt;b&gt;Transport&lt;/b&gt;</span>"));
    assert!(out.contains("<td class=\"code\">1.&lt;1&gt;</td>"));
    // Every tag the row opens is one it means to: no text became markup.
    let tags: Vec<&str> = out
        .split('<')
        .skip(1)
        .map(|s| s.split([' ', '>']).next().unwrap())
        .filter(|s| !s.starts_with('/'))
        .collect();
    assert!(
        tags.iter()
            .all(|t| ["td", "th", "a", "span", "div"].contains(t)),
        "{tags:?}"
    );
    assert_eq!(tags.iter().filter(|t| **t == "td").count(), 9);
    assert_eq!(tags.iter().filter(|t| **t == "th").count(), 1);
}

#[test]
fn the_link_leads_to_the_task_page_with_the_language_and_day_kept() {
    let search = "?view=tasks&q=road&lang=en&today=2023-04-10";
    let out = html(Lang::En, search);
    let href = Route::Task(Id::new("t 1&2"))
        .to_query(search)
        .replace('&', "&amp;");
    assert!(out.contains(&format!("<a href=\"{href}\">")), "{out}");
    assert_eq!(
        href,
        "?view=task&amp;id=t%201%262&amp;lang=en&amp;today=2023-04-10"
    );
}

#[test]
fn units_progress_light_and_dates_are_shown_in_either_language() {
    let out = html(Lang::En, "");
    // The co-operating units in order, one the plan lacks named as unknown.
    let t = Lang::En.catalog();
    let (sep, unknown) = (t.ledger.list_sep, t.unknown_unit);
    assert!(
        out.contains(&format!(">O&#39;Brien&#39;s office{sep}{unknown}</span>")),
        "{out}"
    );
    assert!(out.contains("aria-valuenow=\"42\""));
    assert!(out.contains("class=\"bar t4 u2\""));
    assert!(out.contains("<span class=\"pct\">42%</span>"));
    assert!(out.contains("2023-06-30"));
    assert!(out.contains("2023-03-31"));
    // The light as a word beside its colour.
    assert!(out.contains("<span class=\"word\">"));
    let zh = html(Lang::Zh, "");
    assert!(zh.contains(Lang::Zh.catalog().col_lead));
    assert!(zh.contains(&format!(
        "<span class=\"tier tier-key\">{}</span>",
        (Lang::Zh.catalog().tier_name)(Tier::Key)
    )));
}

#[test]
fn a_tier_is_drawn_with_a_class_the_style_sheet_has() {
    // The row's class is the tier's file key; the key and key-breakthrough
    // tiers are told apart by colour beside their word.
    let css = include_str!("../style/main.css");
    for tier in [Tier::Key, Tier::KeyBreakthrough] {
        let mut p = plan();
        p.tasks[0].tier = tier;
        let index = TaskIndex::build(&p, d(2023, 4, 10));
        let mut out = String::new();
        row_html(
            &mut out,
            Lang::En.catalog(),
            &p,
            &index.rows[0],
            &TaskHref::new(""),
        );
        let class = format!("tier-{}", tier.key());
        assert!(out.contains(&format!("class=\"tier {class}\"")), "{out}");
        assert!(css.contains(&format!(".{class} {{")), "{class}");
    }
}
