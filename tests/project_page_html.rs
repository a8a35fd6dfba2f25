//! A key project's page, its read-only part as HTML: name, light and facts,
//! escaped, in both languages, with the share of this year's target.

use plan_tracker::i18n::Lang;
use plan_tracker::input::display;
use plan_tracker::model::Date;
use plan_tracker::project_page::project_html;
use plan_tracker::query::push_escaped;
use plan_tracker::sample::sample_plan;

const EVIL: &str = "<script>alert(\"x\")</script> & 'y'";

fn esc(s: &str) -> String {
    let mut out = String::new();
    push_escaped(&mut out, s);
    out
}

fn today() -> Date {
    Date::from_ymd_opt(2023, 9, 30).unwrap()
}

#[test]
fn the_name_and_facts_are_escaped_and_named_in_both_languages() {
    for lang in [Lang::En, Lang::Zh] {
        let t = lang.catalog();
        let f = t.figures;
        let mut plan = sample_plan(lang);
        let pr = &mut plan.projects[0];
        pr.name = EVIL.into();
        pr.batch = EVIL.into();
        pr.year_target = 200.0;
        pr.completed_investment = 50.0;
        pr.planned_start = None;
        pr.planned_end = None;
        let pr = plan.projects[0].clone();
        let mut out = String::new();
        project_html(&mut out, t, &plan, &pr, today());
        assert!(!out.contains("<script"), "{lang:?}");
        assert!(out.starts_with(&format!("<h1 class=\"page-title\">{}</h1>", esc(EVIL))));
        assert!(out.contains(&format!(
            "<h2 id=\"project-facts\">{}</h2>",
            esc(f.project_facts)
        )));
        assert!(out.contains(&format!(
            "<div><dt>{}</dt><dd>{}</dd></div>",
            esc(f.col_batch),
            esc(EVIL)
        )));
        assert!(out.contains(&format!(
            "<div><dt>{}</dt><dd>{}</dd></div>",
            esc(f.planned_period),
            esc(f.not_set)
        )));
        assert!(out.contains(&format!(
            "<dd class=\"completed-investment\">{}</dd>",
            esc(&display(50.0))
        )));
        // A quarter of this year's target, as a bar named by its column.
        assert!(out.contains("aria-valuenow=\"25\""));
        assert!(out.contains(&esc(&(t.progress_of)(f.col_share, 25.0))));
        assert!(out.contains("<p class=\"project-light\"><span class=\"light light-"));
    }
}

#[test]
fn no_target_no_share_and_an_unknown_lead_says_so() {
    let t = Lang::En.catalog();
    let mut plan = sample_plan(Lang::En);
    plan.projects[0].year_target = 0.0;
    plan.projects[0].lead = plan_tracker::model::Id::new("nobody");
    let pr = plan.projects[0].clone();
    let mut out = String::new();
    project_html(&mut out, t, &plan, &pr, today());
    assert!(!out.contains("role=\"progressbar\""));
    assert!(out.contains(&format!(
        "<div><dt>{}</dt><dd>{}</dd></div>",
        esc(t.figures.col_lead),
        esc(t.unknown_unit)
    )));
}
