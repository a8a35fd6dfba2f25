//! The help page as escaped HTML: the traffic-light rules and the
//! scoreboard's formula worded from the plan's own settings (thresholds,
//! cadence and grace days, weights, verification, days to sign), read
//! through the same values and functions the rules use, so that the help
//! never disagrees with them; then the keyboard shortcuts.

use crate::html::{elem, link, text};
use crate::i18n::Catalog;
use crate::model::Plan;
use crate::route::Route;
use crate::scoreboard::{one_decimal, Components};
use chrono::Datelike;

/// The help page's sections (its heading is the page's).
pub fn help_html(out: &mut String, t: &Catalog, plan: &Plan, search: &str) {
    let h = t.help;
    section(out, "help-lights", h.lights_title, |out| {
        elem(
            out,
            "p",
            "",
            (h.verification)(plan.supervision.verification_required),
        );
        lights(out, t, plan);
    });
    section(out, "help-score", h.score_title, |out| score(out, t, plan));
    section(out, "help-loop", h.loop_title, |out| {
        elem(
            out,
            "p",
            "",
            &(h.sign_days)(plan.supervision.sign_within_days),
        );
    });
    out.push_str("<p>");
    text(out, h.settings_at);
    out.push(' ');
    link(out, &Route::Setup.to_query(search), t.nav_setup);
    out.push_str("</p>");
    section(out, "help-dates", h.dates_title, |out| {
        elem(out, "p", "", &(h.dates_paste)(plan.start.year()));
    });
    section(out, "help-keys", h.keys_title, |out| {
        elem(out, "p", "", h.keys_intro);
        crate::shortcuts::table_html(out, t);
    });
}

fn section(out: &mut String, id: &str, title: &str, body: impl FnOnce(&mut String)) {
    out.push_str("<section aria-labelledby=\"");
    out.push_str(id);
    out.push_str("\"><h2 id=\"");
    out.push_str(id);
    out.push_str("\">");
    text(out, title);
    out.push_str("</h2>");
    body(out);
    out.push_str("</section>");
}

/// The light rules, in the order they apply (the dashboard's words, from
/// the same settings).
fn lights(out: &mut String, t: &Catalog, plan: &Plan) {
    out.push_str("<ul>");
    crate::dashboard::light_rules_html(out, t, plan);
    out.push_str("</ul>");
}

/// The scoreboard's components, each with its share of the score under
/// the plan's weights (as the scoreboard renormalises them), what it
/// measures, and the shares when on-time completion does not apply yet.
fn score(out: &mut String, t: &Catalog, plan: &Plan) {
    let h = t.help;
    let names = [
        t.setup.field_on_time_weight,
        t.setup.field_progress_weight,
        t.setup.field_reporting_weight,
        t.bulletin.field_notices_weight,
    ];
    let w = &plan.evaluation;
    let weights = [
        w.on_time_weight,
        w.progress_weight,
        w.reporting_weight,
        w.notices_weight,
    ];
    let all = Components {
        on_time: Some(0.0),
        progress: Some(0.0),
        reporting: Some(0.0),
        notices: Some(0.0),
    };
    elem(out, "p", "", h.score_formula);
    out.push_str("<ul>");
    for (i, share) in all.shares(w).into_iter().enumerate() {
        out.push_str("<li><strong>");
        match share.filter(|_| weights[i] > 0.0) {
            Some(s) => text(out, &(h.weight_share)(names[i], &one_decimal(s))),
            None => text(out, &(h.not_scored)(names[i])),
        }
        out.push_str("</strong> ");
        text(out, h.component_what[i]);
        out.push_str("</li>");
    }
    out.push_str("</ul>");
    // The shares while on-time completion has nothing to measure (early in
    // a plan, nothing completed or overdue), when it weighs and others do.
    let without = Components {
        on_time: None,
        ..all
    };
    let rest: Vec<String> = without
        .shares(w)
        .into_iter()
        .enumerate()
        .filter_map(|(i, s)| {
            s.filter(|_| weights[i] > 0.0)
                .map(|s| format!("{} {}%", names[i], one_decimal(s)))
        })
        .collect();
    if weights[0] > 0.0 && !rest.is_empty() {
        elem(
            out,
            "p",
            "",
            &(h.renormalised)(names[0], &rest.join(h.list_sep)),
        );
    }
    elem(out, "p", "", h.ranks);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn help(plan: &Plan, lang: Lang) -> String {
        let mut out = String::new();
        help_html(&mut out, lang.catalog(), plan, "");
        out
    }

    fn plan() -> Plan {
        crate::sample::sample_plan(Lang::En)
    }

    #[test]
    fn the_light_rules_follow_the_thresholds() {
        let mut p = plan();
        p.thresholds.at_risk_lag = 10.0;
        p.thresholds.lagging_lag = 25.0;
        p.thresholds.warning_days = 15;
        let before = help(&p, Lang::En);
        assert!(before.contains("more than 25 percentage points behind"));
        assert!(before.contains("more than 10 points behind, a milestone past its due date and not done, or its deadline within 15 days"));
        p.thresholds.at_risk_lag = 12.5;
        p.thresholds.lagging_lag = 30.0;
        p.thresholds.warning_days = 7;
        let after = help(&p, Lang::En);
        assert!(after.contains("more than 30 percentage points behind"));
        assert!(after.contains("more than 12.5 points behind, a milestone past its due date and not done, or its deadline within 7 days"));
        assert!(!after.contains("25 percentage points"));
        let zh = help(&p, Lang::Zh);
        assert!(zh.contains("30"), "{zh}");
    }

    #[test]
    fn the_shares_follow_the_weights_as_the_scoreboard_renormalises_them() {
        let mut p = plan();
        p.evaluation.on_time_weight = 40.0;
        p.evaluation.progress_weight = 40.0;
        p.evaluation.reporting_weight = 20.0;
        p.evaluation.notices_weight = 0.0;
        let out = help(&p, Lang::En);
        assert!(out.contains("On-time completion: 40% of the score"));
        assert!(out.contains("Progress against schedule: 40% of the score"));
        assert!(out.contains("Reporting discipline: 20% of the score"));
        assert!(out.contains("Replies to notices on time: weight 0, not scored"));
        // The doc's own example: without on-time completion, 40 / 60 and 20 / 60.
        assert!(out.contains("Progress against schedule 66.7%, Reporting discipline 33.3%"));

        p.evaluation.on_time_weight = 1.0;
        p.evaluation.progress_weight = 1.0;
        p.evaluation.reporting_weight = 1.0;
        p.evaluation.notices_weight = 1.0;
        let out = help(&p, Lang::En);
        assert!(out.contains("Replies to notices on time: 25% of the score"));
        assert!(!out.contains("not scored"));
        let zh = help(&p, Lang::Zh);
        assert!(zh.contains("督办单按时回复：占总分 25%"), "{zh}");

        // On-time completion weighing 0: no sentence about it missing.
        p.evaluation.on_time_weight = 0.0;
        let out = help(&p, Lang::En);
        assert!(out.contains("On-time completion: weight 0, not scored"));
        assert!(!out.contains("While On-time completion"));
        assert!(out.contains("Progress against schedule: 33.3% of the score"));
    }

    #[test]
    fn verification_and_the_days_to_sign_follow_the_supervision_settings() {
        let mut p = plan();
        p.supervision.verification_required = false;
        p.supervision.sign_within_days = None;
        let out = help(&p, Lang::En);
        assert!(out.contains("does not require verification"));
        assert!(out.contains("no time limit for signing"));
        p.supervision.verification_required = true;
        p.supervision.sign_within_days = Some(7);
        let out = help(&p, Lang::En);
        assert!(out.contains("requires verification"));
        assert!(!out.contains("does not require"));
        assert!(out.contains("signed for within 7 days"));
        assert!(help(&p, Lang::Zh).contains("7 天内签收"));
    }

    #[test]
    fn the_dates_section_s_examples_are_read_as_the_day_it_names_in_the_plan_s_year() {
        for year in [2023, 2026] {
            let mut p = plan();
            p.start = crate::model::Date::from_ymd_opt(year, 1, 1).unwrap();
            let day = crate::model::Date::from_ymd_opt(year, 6, 30).unwrap();
            for lang in [Lang::Zh, Lang::En] {
                let out = help(&p, lang);
                let (_, dates) = out.split_once("id=\"help-dates\"").unwrap();
                let (dates, _) = dates.split_once("</section>").unwrap();
                // Each example the section quotes is read as the day it says.
                let examples: Vec<&str> = dates
                    .split('“')
                    .skip(1)
                    .filter_map(|s| s.split_once('”').map(|(e, _)| e))
                    .collect();
                assert_eq!(examples.len(), 4, "{lang:?} {dates}");
                for e in examples {
                    assert_eq!(
                        crate::input::pasted_date(e, year),
                        Some(day),
                        "{lang:?} {e}"
                    );
                }
                assert!(dates.contains(&format!(" {day}")), "{lang:?}");
                assert!(dates.contains(&format!(" {year}")), "{lang:?}");
            }
        }
        let en = help(&plan(), Lang::En);
        assert!(en.contains("“2023年6月底前”, “6月底”, “2023/6/30”, “上半年” are each read as 2023-06-30. A date written without its year is in 2023"));
        let zh = help(&plan(), Lang::Zh);
        assert!(zh.contains("“2023年6月底前”“6月底”“2023/6/30”“上半年”都读作 2023-06-30。未写年份的，按本规划起始年份 2023 年计"));
    }

    #[test]
    fn the_page_has_its_sections_and_the_shortcuts_in_each_language() {
        for lang in [Lang::Zh, Lang::En] {
            let t = lang.catalog();
            let out = help(&plan(), lang);
            for title in [
                t.help.lights_title,
                t.help.score_title,
                t.help.loop_title,
                t.help.dates_title,
                t.help.keys_title,
            ] {
                assert!(out.contains(&format!(">{title}</h2>")), "{lang:?} {title}");
            }
            assert!(out.contains("<table class=\"shortcuts\">"));
            assert!(out.contains("href=\"?view=setup\""));
        }
    }
}
