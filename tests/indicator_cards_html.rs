//! The indicators' progress cards as HTML: one article per indicator named
//! by its heading, its class in words, a chart named by its figures, the
//! same figures as text; every text escaped, in both languages.

use plan_tracker::i18n::Lang;
use plan_tracker::indicator_progress::html::cards_html;
use plan_tracker::indicator_progress::ProgressClass;
use plan_tracker::model::Date;
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
fn one_card_per_indicator_headed_by_its_name_and_escaped() {
    for lang in [Lang::En, Lang::Zh] {
        let t = lang.catalog();
        let f = t.figures;
        let mut plan = sample_plan(lang);
        plan.indicators[0].name = EVIL.into();
        let mut out = String::new();
        cards_html(&mut out, t, &plan, today());
        assert!(!out.contains("<script"), "{lang:?}");
        assert_eq!(
            out.matches("<li><article class=\"ind-card\"").count(),
            plan.indicators.len()
        );
        let id = format!("ind-progress-{}", plan.indicators[0].id);
        assert!(out.contains(&format!(
            "<article class=\"ind-card\" aria-labelledby=\"{id}\"><div class=\"ind-card-head\"><h3 id=\"{id}\">{}</h3>",
            esc(EVIL)
        )));
        for term in [f.col_baseline, f.col_target, f.col_latest] {
            assert!(out.contains(&format!("<dt>{}</dt>", esc(term))), "{lang:?}");
        }
        assert!(out.contains(&esc((f.progress_class)(ProgressClass::Lagging))));
    }
}

#[test]
fn the_chart_is_an_image_named_by_its_figures() {
    let t = Lang::En.catalog();
    let plan = sample_plan(Lang::En);
    let mut out = String::new();
    cards_html(&mut out, t, &plan, today());
    let name = "Poverty incidence: baseline 19.81 in 2014; latest value 2.28 (2018); target at most 2 by 2020; \
                98.4% of the way from baseline to target; 100% expected by today (2); Lagging.";
    assert!(out.contains("<svg class=\"ind-chart\" viewBox=\"0 0 "));
    assert!(out.contains(&format!("role=\"img\" aria-label=\"{}\"", esc(name))));
    // Its marks: the axis, the today line, the readings as one line.
    assert!(out.contains("<line class=\"axis\""));
    assert!(out.contains("<line class=\"today\""));
    assert!(out.contains("<polyline class=\"actual\" points=\""));
    assert_eq!(out.matches("<svg").count(), out.matches("</svg>").count());
}

#[test]
fn an_indicator_without_figures_says_so_instead_of_a_chart() {
    let t = Lang::Zh.catalog();
    let mut plan = sample_plan(Lang::Zh);
    plan.indicators.truncate(1);
    plan.indicators[0].baseline = None;
    plan.indicators[0].target = None;
    plan.indicators[0].actuals.clear();
    let mut out = String::new();
    cards_html(&mut out, t, &plan, today());
    assert!(!out.contains("<svg"));
    assert!(out.contains(&format!(
        "<p class=\"muted no-chart\">{}</p>",
        esc(t.figures.chart_no_figures)
    )));
    assert!(out.contains(&format!("<dd>{}</dd>", esc(t.figures.not_set))));
}
