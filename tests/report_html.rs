//! The read-only parts of views written as HTML: every text from the plan is
//! escaped, the markup is well formed, and it keeps the structure a screen
//! reader needs (headings, table headers, labelled tables and sections) and
//! the catalog's texts in both languages.

use plan_tracker::html::lengths;
use plan_tracker::i18n::Lang;
use plan_tracker::model::*;
use plan_tracker::period::{Period, PeriodKind};
use plan_tracker::period_report::{build, report_html, RED_SHOWN, UNITS_SHOWN};
use plan_tracker::route::Route;
use plan_tracker::sample::sample_plan;

const SCRIPT: &str = "<script>alert('x')</script>";
const UNIT: &str = "Roads & \"Bridges\" O'Brien";

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

/// Every element closed in order, void elements aside; the tags opened.
pub fn well_formed(html: &str) -> Vec<String> {
    const VOID: [&str; 4] = ["br", "hr", "img", "input"];
    let mut stack: Vec<String> = Vec::new();
    let mut opened = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        let end = rest[at..].find('>').expect("a tag is closed") + at;
        let tag = &rest[at + 1..end];
        assert!(!tag.contains('<'), "a `<` inside a tag: {tag}");
        if let Some(name) = tag.strip_prefix('/') {
            let open = stack.pop().unwrap_or_default();
            assert_eq!(open, name, "</{name}> closes <{open}>");
        } else {
            let name = tag.split([' ', '/']).next().unwrap().to_string();
            if !VOID.contains(&name.as_str()) {
                stack.push(name.clone());
            }
            opened.push(name);
        }
        rest = &rest[end + 1..];
    }
    assert!(stack.is_empty(), "left open: {stack:?}");
    opened
}

/// The sample, with a red task titled with markup, led by a unit whose name
/// has quotes and `&`, reported on in the quarter.
fn plan(lang: Lang) -> Plan {
    let mut p = sample_plan(lang);
    p.units[0].name = UNIT.to_string();
    let lead = p.units[0].id.clone();
    let t = &mut p.tasks[0];
    t.title = SCRIPT.to_string();
    t.lead = lead;
    t.deadline = Some(d(2023, 3, 31));
    let id = t.id.clone();
    let mut u = Update::new(Id::new("r-html"), Subject::Task(id), d(2023, 8, 31), 10.0);
    u.narrative = "<img src=x onerror=alert(1)> & \"done\"".to_string();
    u.reporter = UNIT.to_string();
    p.updates.push(u);
    p
}

fn report(lang: Lang, search: &str, whole: bool) -> (Plan, String) {
    let p = plan(lang);
    let period = Period::containing(PeriodKind::Quarter, d(2023, 9, 30));
    let r = build(&p, period, d(2023, 9, 30));
    let mut out = String::new();
    report_html(&mut out, lang.catalog(), &r, search, (whole, true));
    (p, out)
}

#[test]
fn the_report_escapes_every_text_from_the_plan() {
    for lang in [Lang::Zh, Lang::En] {
        let search = "?lang=en&today=2023-09-30";
        let (p, html) = report(lang, search, true);
        assert!(!html.contains("<script"), "{lang:?}");
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assert!(html.contains("Roads &amp; &quot;Bridges&quot; O&#39;Brien"));
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;done&quot;"));
        // Links keep the page's day and language, their `&` escaped.
        let href = Route::Task(p.tasks[0].id.clone()).to_query(search);
        assert!(href.contains("today=2023-09-30"));
        assert!(html.contains(&format!("<a href=\"{}\">", href.replace('&', "&amp;"))));
        well_formed(&html);
    }
}

#[test]
fn the_report_is_sections_headed_and_tables_with_headers() {
    for lang in [Lang::Zh, Lang::En] {
        let t = lang.catalog();
        let rt = t.report;
        let (p, html) = report(lang, "", false);
        let tags = well_formed(&html);
        assert_eq!(tags.iter().filter(|t| *t == "h1").count(), 1);
        let title = format!(
            "<h1>{}</h1>",
            (rt.title)(&(rt.period_name)(Period::containing(
                PeriodKind::Quarter,
                d(2023, 9, 30)
            )))
        );
        assert!(html.contains(&title), "{lang:?}: {title}");
        // Every section is labelled by its heading, every table by one.
        for (id, heading) in [
            ("rp-overview", rt.overview),
            ("rp-areas", rt.by_area),
            ("rp-units", rt.by_unit),
            ("rp-red", rt.red_list),
            ("rp-indicators", rt.indicators),
            ("rp-projects", rt.projects),
            ("rp-reports", rt.reports),
        ] {
            assert!(html.contains(&format!(
                "<section class=\"report-section\" aria-labelledby=\"{id}\"><h2 id=\"{id}\">{heading}</h2>"
            )));
        }
        for table in html.split("<table").skip(1) {
            let head = &table[..table.find('>').unwrap()];
            assert!(head.contains("aria-labelledby=\""), "{head}");
            assert!(table.contains("<thead><tr><th scope=\"col\""));
        }
        // Every row starts with its header (a task, unit, area, indicator
        // or project) or, in a table of reports, with its code or date.
        for row in html.split("<tr>").skip(1) {
            assert!(
                row.starts_with("<th scope=")
                    || row.starts_with("<td class=\"code\">")
                    || row.starts_with("<td class=\"date\">"),
                "{lang:?}: {}",
                &row[..row.len().min(80)]
            );
        }
        // The red task's row: a link to its page, its light in words.
        let red = (t.light_name)(plan_tracker::status::Light::Red);
        assert!(html.contains(&format!("<span class=\"word\">{red}</span>")));
        let href = Route::Task(p.tasks[0].id.clone()).to_query("");
        assert!(html.contains(&format!("<a href=\"{}\">", href.replace('&', "&amp;"))));
        // Bars ask for their widths, one per progress bar.
        let bars = html.matches("role=\"progressbar\"").count();
        assert!(bars > 1);
        assert_eq!(lengths(&html).len(), bars);
    }
}

#[test]
fn long_lists_are_drawn_in_part_with_a_button_for_the_rest() {
    let mut p = plan(Lang::En);
    // More lead units and red tasks than a screen draws at first.
    let base = p.tasks[0].clone();
    for i in 0..(UNITS_SHOWN.max(RED_SHOWN) + 5) {
        let unit = Unit::new(format!("extra-{i}"), format!("Unit {i}"));
        let mut task = base.clone();
        task.id = Id::new(format!("extra-t-{i}"));
        task.code = format!("99.{i}");
        task.lead = unit.id.clone();
        p.units.push(unit);
        p.tasks.push(task);
    }
    let period = Period::containing(PeriodKind::Quarter, d(2023, 9, 30));
    let r = build(&p, period, d(2023, 9, 30));
    assert!(r.lead_units.len() > UNITS_SHOWN && r.red_list.len() > RED_SHOWN);
    let t = Lang::En.catalog();
    let mut part = String::new();
    report_html(&mut part, t, &r, "", (false, true));
    well_formed(&part);
    assert_eq!(
        part.matches("<button type=\"button\" data-more=\"\">")
            .count(),
        2
    );
    assert!(part.contains(&(t.report.show_all)(r.lead_units.len())));
    // Each button sits in its list's section, right under the list: the
    // focus goes from it to the list's first new item when it is pressed.
    for id in ["rp-units", "rp-red"] {
        let section = part
            .split("<section ")
            .find(|s| {
                s.starts_with(&format!(
                    "class=\"report-section\" aria-labelledby=\"{id}\""
                ))
            })
            .unwrap_or_else(|| panic!("no section {id}"));
        let section = section.split("</section>").next().unwrap();
        assert!(
            section.contains("</table></div><p class=\"report-more\">"),
            "{id}: {section}"
        );
    }
    assert!(part.contains(&(t.report.shown_of)(RED_SHOWN, r.red_list.len())));
    let mut whole = String::new();
    report_html(&mut whole, t, &r, "", (true, true));
    well_formed(&whole);
    assert!(!whole.contains("data-more"));
    assert!(whole.contains(&format!(">Unit {}<", UNITS_SHOWN + 2)));
    assert!(!part.contains(&format!(">Unit {}<", UNITS_SHOWN + 2)));
}

#[test]
fn without_its_annex_the_report_counts_the_periods_reports_and_lists_none() {
    let p = plan(Lang::Zh);
    let period = Period::containing(PeriodKind::Quarter, d(2023, 9, 30));
    let r = build(&p, period, d(2023, 9, 30));
    assert!(r.overview.reports_in_period > 0);
    for (lang, said) in [
        (
            Lang::Zh,
            format!(
                "本期共有进展报告 {} 条，本报告未逐条列出",
                r.overview.reports_in_period
            ),
        ),
        (
            Lang::En,
            format!("{} progress report", r.overview.reports_in_period),
        ),
    ] {
        let mut out = String::new();
        report_html(&mut out, lang.catalog(), &r, "", (true, false));
        assert!(!out.contains("entries-table"), "{out}");
        assert!(out.contains(&said), "{out}");
        // A button lists them.
        assert!(
            out.contains("<button type=\"button\" data-annex=\"\">"),
            "{out}"
        );
        // The section stays, headed as before.
        assert!(out.contains("<h2 id=\"rp-reports\">"));
    }
}

fn board_html(lang: Lang, p: &Plan, shown: usize) -> String {
    let index = plan_tracker::query::TaskIndex::build(p, d(2023, 9, 30));
    let board = plan_tracker::scoreboard::scoreboard(p, &index);
    let mut out = String::new();
    plan_tracker::scoreboard::rows_html(&mut out, lang.catalog(), p, &board, shown, "?lang=en");
    out
}

#[test]
fn the_scoreboard_rows_escape_names_and_head_each_row_by_its_unit() {
    for lang in [Lang::Zh, Lang::En] {
        let sb = lang.catalog().scoreboard;
        let mut p = plan(lang);
        // A unit with no task at all, named with markup.
        p.units.push(Unit::new("idle", SCRIPT));
        let html = board_html(lang, &p, usize::MAX);
        let tags = well_formed(&html);
        assert!(!html.contains("<script"));
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assert!(html.contains("Roads &amp; &quot;Bridges&quot; O&#39;Brien"));
        // The unit's row: headed by its name, a link to the tasks it leads,
        // its counts linked and named for screen readers.
        let row = html
            .split("<tr")
            .find(|r| r.contains("Roads &amp;"))
            .unwrap();
        assert!(row.contains("<th scope=\"row\" class=\"sb-unit\"><a href=\"?view=tasks&amp;lead="));
        assert!(row.contains(&format!(
            "title=\"{}\"",
            (sb.tasks_of)(UNIT)
                .replace('&', "&amp;")
                .replace('"', "&quot;")
                .replace('\'', "&#39;")
        )));
        assert!(row.contains("aria-label=\""));
        assert!(row.contains("&amp;lang=en\""));
        // Every row has its header; the idle unit says it has no task.
        assert_eq!(
            html.matches("<tr").count(),
            html.matches("<th scope=\"row\" class=\"sb-unit\">").count()
        );
        assert!(html.contains(sb.no_tasks_yet));
        assert_eq!(tags.iter().filter(|t| *t == "tr").count(), p.units.len());
        // Bars ask for their widths.
        assert_eq!(lengths(&html).len(), html.matches("class=\"fill\"").count());
    }
}

#[test]
fn the_scoreboard_tells_ties_and_draws_the_first_rows() {
    let p = plan(Lang::En);
    let index = plan_tracker::query::TaskIndex::build(&p, d(2023, 9, 30));
    let board = plan_tracker::scoreboard::scoreboard(&p, &index);
    let html = board_html(Lang::En, &p, usize::MAX);
    let sb = Lang::En.catalog().scoreboard;
    for (i, row) in board.rows.iter().enumerate() {
        let Some(rank) = row.rank else { continue };
        let tied = board.rows.iter().filter(|r| r.rank == Some(rank)).count() > 1;
        let cell = html.split("<tr").nth(i + 1).unwrap();
        let want = if tied {
            (sb.tied_rank)(rank)
        } else {
            rank.to_string()
        };
        assert!(
            cell.starts_with(&format!("><td class=\"num sb-rank\">{want}</td>"))
                || cell.starts_with(&format!(
                    " class=\"unscored\"><td class=\"num sb-rank\">{want}</td>"
                )),
            "{cell}"
        );
    }
    let three = board_html(Lang::En, &p, 3);
    assert_eq!(three.matches("<tr").count(), 3);
    well_formed(&three);
    let empty = {
        let mut q = p.clone();
        q.units.clear();
        q.tasks.clear();
        board_html(Lang::Zh, &q, 50)
    };
    assert!(empty.contains(Lang::Zh.catalog().scoreboard.no_units));
}

fn chart(lang: Lang, p: &Plan, today: Date) -> (plan_tracker::timeline::Layout, String) {
    chart_of(lang, p, today, usize::MAX)
}

fn chart_of(
    lang: Lang,
    p: &Plan,
    today: Date,
    limit: usize,
) -> (plan_tracker::timeline::Layout, String) {
    use plan_tracker::query::{Grouping, TaskIndex, TaskQuery};
    let index = TaskIndex::build(p, today);
    let layout =
        plan_tracker::timeline::layout(p, &index, &TaskQuery::default(), Grouping::Area, limit);
    let mut out = String::new();
    plan_tracker::timeline::chart_html(&mut out, lang.catalog(), p, &layout, today, "?lang=zh-CN");
    (layout, out)
}

#[test]
fn the_timeline_chart_is_a_labelled_region_of_headed_lists_of_linked_rows() {
    use plan_tracker::timeline::Row;
    for lang in [Lang::Zh, Lang::En] {
        let tl = lang.catalog().timeline;
        let mut p = plan(lang);
        p.tasks[0].milestones.push(Milestone {
            name: "<i>m</i> & \"n\"".into(),
            due: d(2023, 2, 1),
            done: None,
        });
        let (layout, html) = chart(lang, &p, d(2023, 9, 30));
        let tags = well_formed(&html);
        assert!(!html.contains("<script") && !html.contains("<i>"));
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assert!(html.contains("&lt;i&gt;m&lt;/i&gt; &amp; &quot;n&quot;"));
        assert!(html.starts_with(&format!(
            "<div class=\"tl-scroll\" role=\"region\" aria-label=\"{}\" tabindex=\"0\">",
            tl.chart
        )));
        assert!(html.contains(&(tl.today)("2023-09-30")));
        // A heading per group, a list item per row, each with its link and
        // its light in words.
        let rows: usize = layout.groups.iter().map(|g| g.rows.len()).sum();
        assert_eq!(
            tags.iter().filter(|t| *t == "h2").count(),
            layout.groups.len()
        );
        assert_eq!(tags.iter().filter(|t| *t == "li").count(), rows);
        assert_eq!(
            html.matches("<div class=\"tl-label\"><a href=\"?view=")
                .count(),
            rows
        );
        assert_eq!(html.matches("<span class=\"word\">").count(), rows);
        assert!(html.contains("lang=zh-CN\""));
        // What the bars show, in words, for screen readers.
        let Row::Task(first) = &layout.groups[0].rows[0] else {
            panic!("tasks come first")
        };
        assert!(
            html.contains(&(tl.task_summary)(
                &first.span.from.to_string(),
                &first.span.to.to_string(),
                first.progress
            )) || html.contains(tl.plan_start)
        );
        // Every place and width asked for is within the chart.
        let asked = lengths(&html);
        assert_eq!(
            asked.len(),
            html.matches(" data-l=\"").count() + html.matches(" data-w=\"").count()
        );
        assert!(asked.iter().all(|(_, v)| (0.0..=100.0).contains(v)));
    }
}

#[test]
fn the_timeline_legend_says_each_mark_in_words() {
    for lang in [Lang::Zh, Lang::En] {
        let tl = lang.catalog().timeline;
        let html = plan_tracker::timeline::legend_html(tl);
        let tags = well_formed(&format!("<ul>{html}</ul>"));
        assert_eq!(tags.iter().filter(|t| *t == "li").count(), 8);
        // Each mark is hidden from screen readers; its words are read.
        assert_eq!(html.matches("aria-hidden=\"true\"").count(), 8);
        for words in [tl.legend_task, tl.legend_cut, tl.legend_open] {
            let mut escaped = String::new();
            plan_tracker::html::text(&mut escaped, words);
            assert!(html.contains(&format!("</span>{escaped}</li>")), "{lang:?}");
        }
        assert!(html.contains(
            "<span class=\"tl-key tl-key-task tl-open\" aria-hidden=\"true\"><span></span></span>"
        ));
    }
}

#[test]
fn a_task_without_a_deadline_is_drawn_open_to_the_plans_end() {
    let mut p = plan(Lang::En);
    let tl = Lang::En.catalog().timeline;
    let (_, before) = chart(Lang::En, &p, d(2023, 9, 30));
    // Every task of the sample has its deadline, and no project lacks its
    // planned end: nothing is drawn open.
    assert!(!before.contains("tl-open"));
    p.tasks[0].deadline = None;
    let (_, html) = chart(Lang::En, &p, d(2023, 9, 30));
    assert_eq!(html.matches(" tl-open\"").count(), 1, "{html}");
    // In words: to the plan's end.
    assert!(html.contains(&format!("{}{}", p.end, tl.plan_end)));
    well_formed(&html);
}

#[test]
fn today_off_the_axis_is_said_in_words() {
    let p = plan(Lang::En);
    let (_, html) = chart(Lang::En, &p, d(2031, 1, 1));
    let tl = Lang::En.catalog().timeline;
    assert!(html.starts_with(&format!(
        "<p class=\"tl-today-outside\">{}</p>",
        (tl.today_outside)("2031-01-01")
    )));
    assert!(!html.contains("tl-today\""));
    well_formed(&html);
}

#[test]
fn a_chart_shown_in_part_always_draws_its_last_rows() {
    use plan_tracker::timeline::DRAWN_AT_END;
    let p = plan(Lang::En);
    let (whole, html) = chart(Lang::En, &p, d(2023, 9, 30));
    assert!(!whole.has_more() && whole.shown > DRAWN_AT_END);
    assert!(
        !html.contains("tl-end"),
        "a chart shown whole has no button to keep still"
    );
    for limit in [whole.shown - 1, DRAWN_AT_END + 3, DRAWN_AT_END, 5] {
        let (layout, html) = chart_of(Lang::En, &p, d(2023, 9, 30), limit);
        assert!(layout.has_more());
        well_formed(&html);
        // Each row's class, in order: the last ones (at most DRAWN_AT_END)
        // are drawn always, the ones before them when scrolled near.
        let classes: Vec<&str> = html
            .split("<li class=\"")
            .skip(1)
            .map(|rest| &rest[..rest.find('"').unwrap()])
            .collect();
        assert_eq!(classes.len(), layout.shown);
        let end = DRAWN_AT_END.min(layout.shown);
        let (before, last) = classes.split_at(layout.shown - end);
        assert!(before.iter().all(|c| !c.contains("tl-end")), "{limit}");
        assert!(last.iter().all(|c| c.ends_with(" tl-end")), "{limit}");
        assert!(classes.iter().all(|c| c.starts_with("tl-row")));
    }
}
