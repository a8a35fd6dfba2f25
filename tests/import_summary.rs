//! The import preview's summary as HTML: what a plan file holds, and how it
//! differs from the plan of the same id here, escaped, in both languages.

use plan_tracker::i18n::Lang;
use plan_tracker::import_summary::summary_html;
use plan_tracker::query::push_escaped;
use plan_tracker::sample::sample_plan;

const EVIL: &str = "<script>alert(\"x\")</script> & 'y'";

fn esc(s: &str) -> String {
    let mut out = String::new();
    push_escaped(&mut out, s);
    out
}

#[test]
fn a_new_file_shows_its_facts_and_counts_escaped_in_both_languages() {
    for lang in [Lang::En, Lang::Zh] {
        let t = lang.catalog();
        let it = t.import_preview;
        let mut file = sample_plan(lang);
        file.title = EVIL.into();
        let mut out = String::new();
        summary_html(&mut out, t, &file, None);
        assert!(!out.contains("<script"), "{lang:?}");
        assert!(out.contains(&format!(
            "<div><dt>{}</dt><dd>{}</dd></div>",
            esc(it.plan_title),
            esc(EVIL)
        )));
        assert!(out.contains(&format!(
            "<h3 id=\"import-contents-title\">{}</h3>",
            esc(it.contents)
        )));
        assert!(out.contains(&format!(
            "<div><dt>{}</dt><dd>{}</dd></div>",
            esc(it.tasks),
            file.tasks.len()
        )));
        assert!(out.contains(&format!("<dd><code>{}</code></dd>", esc(file.id.as_str()))));
        // No plan of the same id here: no comparison.
        assert!(!out.contains("import-diff"));
    }
}

#[test]
fn a_file_of_a_plan_here_says_how_it_differs() {
    for lang in [Lang::En, Lang::Zh] {
        let t = lang.catalog();
        let it = t.import_preview;
        let here = sample_plan(lang);
        let mut file = here.clone();
        file.title = EVIL.into();
        file.tasks.pop();
        let mut out = String::new();
        summary_html(&mut out, t, &file, Some(&here));
        assert!(!out.contains("<script"), "{lang:?}");
        assert!(out.contains(&format!(
            "<h3 id=\"import-diff-title\">{}</h3>",
            esc(it.diff_caption)
        )));
        assert!(out.contains(&esc(&(it.title_differs)(&here.title, EVIL))));
        for col in [it.col_added, it.col_removed, it.col_changed] {
            assert!(out.contains(&format!(
                "<th scope=\"col\" class=\"num\">{}</th>",
                esc(col)
            )));
        }
        // One task fewer in the file: "removed" counts what only the plan here has.
        assert!(out.contains(&format!(
            "<th scope=\"row\">{}</th><td class=\"num\">0</td><td class=\"num\">1</td>",
            esc(it.tasks)
        )));
        assert!(!out.contains(&esc(it.diff_none)));

        // The same plan: no table, a sentence saying so.
        let mut same = String::new();
        summary_html(&mut same, t, &here, Some(&here));
        assert!(same.contains(&format!("<p>{}</p>", esc(it.diff_none))));
        assert!(!same.contains("<table"));

        // A notice only here and another grace period: both said; kinds
        // beyond the four always listed get a row only when they differ.
        let mut file = here.clone();
        file.notices.pop();
        file.grace_days += 1;
        let mut out = String::new();
        summary_html(&mut out, t, &file, Some(&here));
        assert!(out.contains(&format!(
            "<th scope=\"row\">{}</th><td class=\"num\">0</td><td class=\"num\">1</td>",
            esc(it.notices)
        )));
        assert!(out.contains(&format!("<p>{}</p>", esc(it.settings_differ))));
        assert!(!out.contains(&format!("<th scope=\"row\">{}</th>", esc(it.goals))));
        assert!(!out.contains(&esc(it.diff_none)));
    }
}
