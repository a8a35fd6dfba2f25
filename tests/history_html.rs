//! The History's page as HTML: newest first, a page at a time, every text
//! escaped, a removal that can be brought back with its button and one
//! edited since with a note, in both languages.

use plan_tracker::command::{describe, Author, Command};
use plan_tracker::history::{history_html, offer, Offer, PAGE};
use plan_tracker::i18n::Lang;
use plan_tracker::model::{Kind, Plan};
use plan_tracker::query::push_escaped;
use plan_tracker::sample::sample_plan;
use plan_tracker::session::Session;
use plan_tracker::validate::Entity;

const EVIL: &str = "<script>alert(\"x\")</script> & 'y'";

fn esc(s: &str) -> String {
    let mut out = String::new();
    push_escaped(&mut out, s);
    out
}

fn apply(s: &mut Session, plan: &mut Plan, cmd: Command, by: &str) {
    let entry = describe(plan, &cmd);
    let author = Author {
        name: by.into(),
        unit: String::new(),
    };
    s.apply(plan, cmd, entry, &author, "2023-09-30T08:00:00Z")
        .unwrap();
}

fn rename(plan: &Plan, i: usize, title: &str) -> Command {
    let mut task = plan.tasks[i].clone();
    task.title = title.into();
    Command::Put {
        entity: Entity::Task(task),
        at: None,
    }
}

fn remove(plan: &Plan, i: usize) -> Command {
    Command::Remove {
        kind: Kind::Task,
        id: plan.tasks[i].id.clone(),
    }
}

#[test]
fn an_empty_history_says_so() {
    for lang in [Lang::En, Lang::Zh] {
        let t = lang.catalog();
        let mut plan = sample_plan(lang);
        plan.history.clear();
        let mut out = String::new();
        history_html(&mut out, t, &plan, &[], PAGE);
        assert_eq!(
            out,
            format!("<p class=\"empty\">{}</p>", esc(t.history_empty))
        );
    }
}

#[test]
fn rows_are_newest_first_escaped_and_headed_in_both_languages() {
    for lang in [Lang::En, Lang::Zh] {
        let t = lang.catalog();
        let mut plan = sample_plan(lang);
        plan.history.clear();
        let mut s = Session::default();
        {
            let cmd = rename(&plan, 0, "first");
            apply(&mut s, &mut plan, cmd, "Li");
        }
        {
            let cmd = rename(&plan, 1, EVIL);
            apply(&mut s, &mut plan, cmd, EVIL);
        }
        let mut out = String::new();
        history_html(&mut out, t, &plan, &s.removed(), PAGE);
        for col in [t.col_when, t.col_who, t.col_what] {
            assert!(out.contains(&format!("<th scope=\"col\">{}</th>", esc(col))));
        }
        assert!(!out.contains("<script"), "{lang:?}");
        assert!(out.contains(&format!("<td>{}</td>", esc(EVIL))));
        let newest = out.find(&esc(EVIL)).unwrap();
        let oldest = out.find("first").unwrap();
        assert!(newest < oldest, "newest first");
        assert_eq!(out.matches("<tr>").count(), 3, "the header and two rows");
        assert!(out.contains("<time datetime=\"2023-09-30T08:00:00Z\">2023-09-30 08:00:00</time>"));
        assert!(!out.contains("data-more"));
    }
}

#[test]
fn a_removal_offers_to_bring_it_back_until_its_item_is_edited() {
    let t = Lang::En.catalog();
    let mut plan = sample_plan(Lang::En);
    let mut s = Session::default();
    let last = plan.tasks.len() - 1;
    {
        let cmd = rename(&plan, 0, "renamed");
        apply(&mut s, &mut plan, cmd, "Li");
    }
    {
        let cmd = remove(&plan, last);
        apply(&mut s, &mut plan, cmd, "Li");
    }
    let place = plan.history.len() - 1;
    let removal = plan.history[place].clone();
    assert_eq!(offer(&plan, &s.removed(), &removal), Offer::BringBack);
    let mut out = String::new();
    history_html(&mut out, t, &plan, &s.removed(), PAGE);
    let sentence = (t.history.sentence)(&removal);
    assert!(out.contains(&format!(
        "<button type=\"button\" class=\"quiet history-bring-back\" data-change=\"{place}\" \
         aria-label=\"{}\">{}</button>",
        esc(&format!("{}: {sentence}", t.bring_back)),
        esc(t.bring_back)
    )));
    // Put back by hand, then edited: bringing it back would overwrite that.
    let mut plan_back = plan.clone();
    let task = sample_plan(Lang::En).tasks[last].clone();
    plan_back.tasks.push(task.clone());
    assert_eq!(offer(&plan_back, &s.removed(), &removal), Offer::Nothing);
    let mut edited = task;
    edited.title = "edited".into();
    plan_back.tasks.pop();
    plan_back.tasks.push(edited);
    assert_ne!(offer(&plan_back, &s.removed(), &removal), Offer::BringBack);
    // A change that removed nothing offers nothing.
    assert_eq!(
        offer(&plan, &s.removed(), &plan.history[0].clone()),
        Offer::Nothing
    );
}

#[test]
fn a_long_history_shows_a_page_and_a_button_for_more() {
    let t = Lang::Zh.catalog();
    let mut plan = sample_plan(Lang::Zh);
    plan.history.clear();
    let mut s = Session::default();
    for i in 0..PAGE + 5 {
        {
            let cmd = rename(&plan, 0, &format!("t{i}"));
            apply(&mut s, &mut plan, cmd, "Li");
        }
    }
    let mut out = String::new();
    history_html(&mut out, t, &plan, &s.removed(), PAGE);
    assert_eq!(out.matches("<th scope=\"row\"").count(), PAGE);
    assert!(out.contains(&esc(&(t.history_shown)(PAGE, PAGE + 5))));
    assert!(out.contains(&format!(
        "<button type=\"button\" data-more=\"\">{}</button>",
        esc(&(t.history_more)(5))
    )));
    let mut all = String::new();
    history_html(&mut all, t, &plan, &s.removed(), 2 * PAGE);
    assert_eq!(all.matches("<th scope=\"row\"").count(), PAGE + 5);
    assert!(!all.contains("data-more"));
}
