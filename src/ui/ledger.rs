//! The progress ledger of a task or project: report, history, withdraw.
//!
//! Reports are never edited: a wrong one is withdrawn with a reason (and can
//! be reinstated), and stays listed, marked as withdrawn.

use super::fields::{
    bad_text, changed, choice_options, chosen, chosen_period, label, messages, read_date,
    read_percent, report_day, required, shown, Bad, Messages, ReportDay, ReportingPeriodField,
    SelectField, TextField,
};
use super::form::send;
use super::state::use_state;
use super::widgets::{tr, Shown};
use crate::command::Command;
use crate::html::{elem, text};
use crate::i18n::Catalog;
use crate::model::{Choice, Id, ReportedStatus, Subject, Update as Report, Withdrawal};
use crate::period::Period;
use crate::ui::widgets::dynamic;
use crate::ui::widgets::memo;
use crate::validate::{check_entity, completed_before_start, report_date, Entity, Problem};
use leptos::prelude::*;
use std::fmt::Write;

#[component]
pub fn Ledger(subject: Subject) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let adding = RwSignal::new(false);
    let withdrawing = RwSignal::new(None::<Id>);
    // Withdraw opens the form that asks why; Reinstate brings the report back.
    let on_report_button = move |ev: leptos::ev::MouseEvent| {
        let Some(pressed) = super::html::pressed(&ev) else {
            return;
        };
        let id_str = pressed.id;
        let id = Id(id_str.clone());
        if pressed.act == "reinstate" {
            let cmd = Command::Withdraw {
                update: id,
                withdrawal: None,
            };
            if send(state, cmd, None, state.t().ledger.report_reinstated) {
                let button = format!("wd-{}", id_str);
                crate::ui::widgets::next_frame(move || super::focus::focus_id(&button));
            }
        } else {
            withdrawing.set(Some(id));
        }
    };
    let reports = {
        let subject = subject.clone();
        memo(move || {
            state.plan.with(|p| {
                p.reports_on(&subject)
                    .into_iter()
                    .map(|u| (u.clone(), p.report_period(u)))
                    .collect::<Vec<(Report, Period)>>()
            })
        })
    };

    // Each report's read-only part and its button as escaped HTML, one
    // handler for every button; the report being withdrawn shows the form
    // that asks why under it.
    let list = move || {
        let t = t();
        let open = withdrawing.get();
        reports.with(|reports| {
            if reports.is_empty() {
                return view! { <p class="empty">{t.ledger.no_reports}</p> }.into_any();
            }
            let items = reports
                .iter()
                .map(|(u, period)| {
                    let asking = u.withdrawn.is_none() && open.as_ref() == Some(&u.id);
                    let html = report_html(t, u, *period, asking);
                    let class = if u.withdrawn.is_some() {
                        "report withdrawn"
                    } else {
                        "report"
                    };
                    if asking {
                        let update = u.id.clone();
                        view! {
                            <li class=class>
                                <div class="item-html" inner_html=html></div>
                                <WithdrawForm update withdrawing />
                            </li>
                        }
                        .into_any()
                    } else {
                        view! { <li class=class inner_html=html></li> }.into_any()
                    }
                })
                .collect_view();
            view! { <ol class="reports" on:click=on_report_button>{items}</ol> }.into_any()
        })
    };

    // The form closed (saved or cancelled): the focus goes back to the
    // button that opened it, never to the page's body.
    let opener = NodeRef::<leptos::html::Button>::new();
    let closed = move || {
        adding.set(false);
        if let Some(button) = opener.get_untracked() {
            let _ = button.focus();
        }
    };

    view! {
        <section class="ledger" aria-labelledby="ledger-title">
            <div class="section-actions">
                <h2 id="ledger-title" class="section-title">{tr(|t| t.ledger.ledger_title)}</h2>
                <button type="button" class="primary" id="report-progress" aria-keyshortcuts="R" node_ref=opener
                    aria-expanded=move || adding.get().to_string()
                    on:click=move |_| adding.update(|a| *a = !*a)>
                    {tr(|t| t.ledger.report_progress)}
                </button>
            </div>
            <Shown when=move || adding.get()>
                <ReportForm subject=subject.clone() on_done=closed />
            </Shown>
            {dynamic(list)}
        </section>
    }
}

/// A report as escaped HTML: what it says (read-only), then its button,
/// Withdraw (`asking`: its form is open) or, once withdrawn, Reinstate.
fn report_html(t: &'static Catalog, u: &Report, period: Period, asking: bool) -> String {
    let l = t.ledger;
    let date = u.date.to_string();
    let is_withdrawn = u.withdrawn.is_some();
    let note = u.withdrawn.as_ref().map(|w| {
        let by = Some(w.by.trim()).filter(|by| !by.is_empty());
        (l.withdrawn_note)(&w.date.to_string(), by, &w.reason)
    });
    // What the report says, read-only: one string of escaped HTML.
    let mut body = String::from("<div class=\"report-head\">");
    elem(&mut body, "h3", "", &(l.report_title)(&date));
    elem(
        &mut body,
        "span",
        "report-period",
        &(l.report_answers)(&(t.report.period_name)(period)),
    );
    elem(
        &mut body,
        "span",
        "report-progress",
        &format!("{:.0}%", u.progress),
    );
    elem(
        &mut body,
        "span",
        "report-status",
        (l.reported_status)(u.status),
    );
    if let Some(on) = u.completed_on {
        elem(
            &mut body,
            "span",
            "report-completed-on",
            &(l.completed_on_note)(&on.to_string()),
        );
    }
    if is_withdrawn {
        elem(&mut body, "span", "withdrawn-tag", l.withdrawn);
    }
    body.push_str("</div>");
    if let Some(n) = &note {
        elem(&mut body, "p", "withdrawn-note", n);
    }
    body.push_str("<dl class=\"report-body\">");
    for (term, said) in [
        (l.field_reporter, &u.reporter),
        (l.field_narrative, &u.narrative),
        (l.field_problems, &u.problems),
        (l.field_next_steps, &u.next_steps),
        (l.field_evidence, &u.evidence),
    ] {
        if said.trim().is_empty() {
            continue;
        }
        body.push_str("<div>");
        elem(&mut body, "dt", "", term);
        body.push_str("<dd>");
        // Evidence that is a web address is a link, opened apart.
        let web = said.trim();
        let lower = web.get(..8).unwrap_or(web).to_ascii_lowercase();
        if term == l.field_evidence
            && (lower.starts_with("https://") || lower.starts_with("http://"))
        {
            body.push_str("<a rel=\"noopener noreferrer\" target=\"_blank\" href=\"");
            text(&mut body, web);
            body.push_str("\">");
            text(&mut body, web);
            body.push_str("</a>");
        } else {
            text(&mut body, said);
        }
        body.push_str("</dd></div>");
    }
    body.push_str("</dl>");
    let (act, class, word) = if is_withdrawn {
        ("reinstate", "", l.reinstate)
    } else {
        ("withdraw", "danger", l.withdraw)
    };
    let mut html = String::from("<div class=\"report-said\">");
    html.push_str(&body);
    let _ = write!(
        html,
        "</div><div class=\"report-actions\"><button type=\"button\" class=\"{class}\" data-act=\"{act}\" id=\"wd-"
    );
    text(&mut html, u.id.as_str());
    html.push_str("\" data-id=\"");
    text(&mut html, u.id.as_str());
    html.push('"');
    if !is_withdrawn {
        let _ = write!(html, " aria-expanded=\"{asking}\"");
    }
    html.push('>');
    text(&mut html, word);
    elem(
        &mut html,
        "span",
        "visually-hidden",
        &format!(" {}", (l.report_of)(&date)),
    );
    html.push_str("</button></div>");
    html
}

/// The small form that asks why a report is withdrawn.
#[component]
fn WithdrawForm(update: Id, withdrawing: RwSignal<Option<Id>>) -> impl IntoView {
    super::focus::into_opened_form();
    let state = use_state();
    let t = move || state.t();
    let reason = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let field_id = format!("wd-reason-{}", update);
    // Closed, the keyboard goes back to the report's button (Reinstate once
    // it is withdrawn), drawn again with the list.
    let button_id = format!("wd-{}", update);
    let close = move || {
        withdrawing.set(None);
        let id = button_id.clone();
        crate::ui::widgets::next_frame(move || super::focus::focus_id(&id));
    };
    let msgs = memo(move || {
        let mut msgs = Messages::default();
        if reason.get().trim().is_empty() {
            msgs.say("reason", bad_text(t(), Bad::Required));
        }
        msgs
    });
    // Nothing here is refused field by field: a refused change is told in the notices.
    let refused = RwSignal::new(Vec::new());
    let error = shown(state, msgs, refused, "reason", changed(reason), tried);
    let cancel = close.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let why = reason.get_untracked().trim().to_string();
        if why.is_empty() {
            return;
        }
        let author = state.author.get_untracked();
        let by = if author.name.trim().is_empty() {
            author.unit.trim().to_string()
        } else {
            author.name.trim().to_string()
        };
        let cmd = Command::Withdraw {
            update: update.clone(),
            withdrawal: Some(Withdrawal {
                date: state.today.get_untracked(),
                by,
                reason: why,
            }),
        };
        if send(state, cmd, None, t().ledger.report_withdrawn) {
            close();
        }
    };
    view! {
        <form data-opened="" class="withdraw-form" on:submit=on_submit novalidate>
            <TextField id=field_id label=label(|t| t.ledger.withdraw_reason) value=reason error required=true />
            <div class="form-actions">
                <button type="submit" class="danger">{tr(|t| t.ledger.confirm_withdraw)}</button>
                <button type="button" on:click=move |_| cancel()>{tr(|t| t.cancel)}</button>
            </div>
        </form>
    }
}

/// The form that records a new progress report, checked as the user types.
#[component]
fn ReportForm(
    subject: Subject,
    on_done: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    super::focus::into_opened_form();
    let state = use_state();
    let t = move || state.t();
    let author = state.author.get_untracked();
    let initial_reporter = (t().ledger.reporter_default)(&author.name, &author.unit);
    let ReportDay {
        text: date,
        picked: picked_period,
        day,
    } = report_day(state);
    let progress = RwSignal::new(String::new());
    // The status the subject's latest report gave, not "on track" for one
    // its unit last called behind.
    let said = state.plan.with_untracked(|p| {
        p.latest_report(&subject)
            .map_or_else(ReportedStatus::default, |u| u.status)
    });
    let status = RwSignal::new(said.key().to_string());
    // The day the work was completed, asked for a report saying completed:
    // blank, the report's date.
    let completed_on = RwSignal::new(String::new());
    let completing =
        move || chosen(&status.get(), ReportedStatus::default()) == ReportedStatus::Completed;
    let narrative = RwSignal::new(String::new());
    let problems_met = RwSignal::new(String::new());
    let next_steps = RwSignal::new(String::new());
    let reporter = RwSignal::new(initial_reporter);
    let evidence = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let refused = RwSignal::new(Vec::<Problem>::new());
    let id = super::ids::new_id("r");

    // The report as typed, and its messages.
    let draft = memo(move || {
        let t = t();
        let mut msgs = Messages::default();
        let today = state.today.get_untracked();
        let date = msgs.read(t, "date", required(read_date(&date.get())), today);
        let p = msgs.read(t, "progress", required(read_percent(&progress.get())), 0.0);
        let status = chosen(&status.get(), ReportedStatus::default());
        // The report's own date given again is no other day.
        let completed_on = if status == ReportedStatus::Completed {
            msgs.read(t, "completed_on", read_date(&completed_on.get()), None)
                .filter(|&on| on != date)
        } else {
            None
        };
        let period = state
            .plan
            .with(|p| chosen_period(p, date, picked_period.get()));
        let update = Report {
            id: id.clone(),
            subject: subject.clone(),
            date,
            period: Some(period).filter(|p| p.is_writable()),
            progress: p,
            status,
            narrative: narrative.get().trim().to_string(),
            problems: problems_met.get().trim().to_string(),
            next_steps: next_steps.get().trim().to_string(),
            reporter: reporter.get().trim().to_string(),
            evidence: evidence.get().trim().to_string(),
            completed_on,
            withdrawn: None,
        };
        let mut ps = state
            .plan
            .with(|p| check_entity(p, &Entity::Update(update.clone())));
        ps.extend(state.plan.with(|p| report_date(date, today, p)));
        ps.extend(state.plan.with(|p| completed_before_start(p, &update)));
        ps.extend(refused.get());
        msgs.problems(ps);
        (update, msgs)
    });
    let msgs = messages(draft);
    let ok = move || msgs.with(Messages::is_empty);
    // Lower than the report before, or a completed subject reopened: said,
    // not refused (`step_back`), once a progress is typed.
    let stepped = move || {
        let typed = matches!(read_percent(&progress.get()), Ok(Some(_)));
        draft
            .with(|(update, _)| state.plan.with(|p| crate::step_back::step_back(p, update)))
            .filter(|_| typed)
            .map(|s| (t().ledger.step_back)(s))
    };
    let date_error = shown(state, msgs, refused, "date", changed(date), tried);
    let progress_error = shown(state, msgs, refused, "progress", changed(progress), tried);
    let completed_on_error = shown(
        state,
        msgs,
        refused,
        "completed_on",
        changed(completed_on),
        tried,
    );

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        if !ok() {
            return;
        }
        let (update, _) = draft.get_untracked();
        let cmd = Command::Put {
            entity: Entity::Update(update),
            at: None,
        };
        if send(state, cmd, Some(refused), t().ledger.report_saved) {
            on_done();
        }
    };
    let statuses = choice_options(state, |t, s: ReportedStatus| (t.ledger.reported_status)(s));

    view! {
        <form data-opened="" class="card report-form" on:submit=on_submit novalidate>
            <h3>{tr(|t| t.ledger.new_report)}</h3>
            <Shown when=move || tried.get() && !ok()>
                <p class="form-error" role="alert">{tr(|t| t.form_has_errors)}</p>
            </Shown>
            <div class="grid">
                <TextField id="rp-date" label=label(|t| t.ledger.field_report_date) value=date
                    error=date_error kind="date" required=true />
                <ReportingPeriodField id="rp-period" date=day picked=picked_period />
                <TextField id="rp-progress" label=label(|t| t.ledger.field_progress) value=progress
                    kind="number" error=progress_error required=true />
                <SelectField id="rp-status" label=label(|t| t.ledger.field_status) value=status
                    options=statuses />
                <Shown when=completing>
                    <TextField id="rp-completed-on" label=label(|t| t.ledger.field_completed_on)
                        value=completed_on error=completed_on_error kind="date"
                        hint=label(|t| t.ledger.completed_on_hint) />
                </Shown>
                <TextField id="rp-reporter" label=label(|t| t.ledger.field_reporter) value=reporter />
            </div>
            <p class="step-back" aria-live="polite">{stepped}</p>
            <div class="grid wide">
                <TextField id="rp-narrative" label=label(|t| t.ledger.field_narrative) value=narrative kind="textarea" />
                <TextField id="rp-problems" label=label(|t| t.ledger.field_problems) value=problems_met kind="textarea" />
                <TextField id="rp-next" label=label(|t| t.ledger.field_next_steps) value=next_steps kind="textarea" />
                <TextField id="rp-evidence" label=label(|t| t.ledger.field_evidence) value=evidence />
            </div>
            <div class="form-actions">
                <button type="submit" class="primary">{tr(|t| t.save)}</button>
                <button type="button" on:click=move |_| on_done()>{tr(|t| t.cancel)}</button>
            </div>
        </form>
    }
}
