//! The supervision loop on screen (督办闭环): an item's dated stepper with
//! the steps allowed next, each a small form; its notices (issue one with
//! its level and number proposed, record a reply, print it); the task form
//! opened for a new item from a meeting, instruction or document; and the
//! printable notice (督办单). The rules are the core's
//! ([`crate::supervision`]); every step, notice and reply is one command.

use super::fields::{
    changed, choice_options, chosen, label, messages, plan_options, read_date, required, shown,
    Messages, SelectField, TextField,
};
use super::focus::focus_back;
use super::form::send_then;
use super::html::{follow_link, save_page, search, set_html};
use super::nav::RouteLink;
use super::state::use_state;
use super::task_form::TaskForm;
use super::widgets::{tr, Shown};
use crate::command::Command;
use crate::model::{Choice, Date, Id, Notice, NoticeLevel, Reply, SourceKind, Step, StepKind};
use crate::route::Route;
use crate::supervision::html::{
    notice_doc_html, notice_document, notice_file_name, notices_html, stepper_html,
};
use crate::supervision::{
    allowed_next, bulk_command, bulk_targets, latest_step, next_serial, proposed_level, unanswered,
    BulkNotice, Skipped,
};
use crate::ui::widgets::dynamic;
use crate::ui::widgets::effect;
use crate::ui::widgets::memo;
use crate::validate::{check_entity, Entity, Problem};
use chrono::Datelike;
use leptos::prelude::*;

/// The task form for a new item from `source`, opened on its own page
/// (`?view=new-item&source=meeting`); a saved item opens its own page, so
/// the office can assign it at once.
#[component]
pub fn NewItem(source: SourceKind) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let to_table = move || state.navigate(Route::Tasks(Default::default()));
    let to_item = move |id: Id| state.navigate(Route::Task(id));
    view! {
        <div class="new-item">
            <p class="back-link">
                <RouteLink route=Route::Tasks(Default::default())>{tr(|t| t.back_to_tasks)}</RouteLink>
            </p>
            <h1 class="page-title">{move || (t().supervision.new_from)(source)}</h1>
            <TaskForm task=None source=source on_done=to_table on_added=to_item />
        </div>
    }
}

/// An item's lifecycle: the steps taken, dated, the current one said in
/// words, the days between them, and a button for each step allowed next.
#[component]
pub fn Lifecycle(id: Id) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let open = RwSignal::new(None::<StepKind>);
    let last = {
        let id = id.clone();
        memo(move || state.plan.with(|p| latest_step(p, &id).map(|s| s.kind)))
    };
    let flag = {
        let id = id.clone();
        move || {
            let today = state.today.get();
            state.plan.with(|p| {
                let n = p.supervision.sign_within_days?;
                crate::supervision::counts::task_loop(p, &id, today)
                    .not_signed_in_time
                    .then(|| (t().supervision.not_signed_in_time)(n))
            })
        }
    };
    // The stage and the steps: one piece of escaped HTML from the core,
    // drawn again when the plan or the language changes.
    let host = NodeRef::<leptos::html::Div>::new();
    {
        let id = id.clone();
        effect(move || {
            let Some(el) = host.get() else {
                return;
            };
            let mut out = String::with_capacity(2048);
            state.plan.with(|p| stepper_html(&mut out, t(), p, &id));
            set_html(&el, &out);
        });
    }
    let actions = move || {
        let s = t().supervision;
        let next = allowed_next(last.get());
        if next.is_empty() {
            return view! { <p class="lc-over">{s.loop_over}</p> }.into_any();
        }
        let buttons = next
            .iter()
            .map(|&k| {
                view! {
                    <button type="button" class:primary=k != StepKind::Returned
                        aria-expanded=move || (open.get() == Some(k)).to_string()
                        on:click=move |_| open.update(|o| *o = if *o == Some(k) { None } else { Some(k) })>
                        {(s.step_action)(k)}
                    </button>
                }
            })
            .collect_view();
        view! {
            <div class="lc-actions" role="group" aria-label=s.next_steps>
                <span class="lc-next">{s.next_steps}</span>
                {buttons}
            </div>
        }
        .into_any()
    };
    let form = move || {
        open.get().map(|kind| {
            let done = move || {
                open.set(None);
                // The first of the next steps' buttons: a step recorded
                // changes which steps come next, so the one pressed may be gone.
                focus_back(vec![".lc-actions button".into()], "lc-title");
            };
            view! { <StepForm task=id.clone() kind on_done=done /> }
        })
    };
    view! {
        <section class="card lifecycle" aria-labelledby="lc-title">
            <h2 id="lc-title" class="section-title">{tr(|t| t.supervision.lifecycle_title)}</h2>
            <div class="lc-steps" node_ref=host></div>
            {move || flag().map(|f| view! { <p class="lc-flag">{f}</p> })}
            {dynamic(actions)}
            {dynamic(form)}
        </section>
    }
}

/// Record one step of `kind` on `task`: its date (today by default), who,
/// and its note, evidence or reasons.
#[component]
fn StepForm(task: Id, kind: StepKind, #[prop(into)] on_done: Callback<()>) -> impl IntoView {
    super::focus::into_opened_form();
    let state = use_state();
    let t = move || state.t();
    let step_id = super::ids::new_id("s");
    let date = RwSignal::new(state.today.get_untracked().to_string());
    let by = RwSignal::new(state.author.with_untracked(|a| a.name.clone()));
    let note = RwSignal::new(String::new());
    let reasons = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let refused = RwSignal::new(Vec::<Problem>::new());
    let draft = memo(move || {
        let t = t();
        let mut msgs = Messages::default();
        let day = msgs.read(
            t,
            "date",
            required(read_date(&date.get())),
            state.today.get(),
        );
        let step = Step {
            by: by.get().trim().to_string(),
            note: note.get().trim().to_string(),
            reasons: reasons.get().trim().to_string(),
            ..Step::new(step_id.clone(), task.clone(), kind, day)
        };
        msgs.problems(
            state
                .plan
                .with(|p| check_entity(p, &Entity::Step(step.clone()))),
        );
        msgs.problems(refused.get());
        (step, msgs)
    });
    let msgs = messages(draft);
    let ok = move || msgs.with(Messages::is_empty);
    let error = move |field: &'static str, value: RwSignal<String>| {
        shown(
            state,
            msgs,
            refused,
            field.to_string(),
            changed(value),
            tried,
        )
    };
    let date_error = error("date", date);
    let note_error = error("note", note);
    let reasons_error = error("reasons", reasons);
    let by_error = error("by", by);
    // A step that may not follow has no field of its own: said above them.
    let kind_error = move || {
        (tried.get() || refused.with(|r| !r.is_empty()))
            .then(|| msgs.with(|m| m.get(t(), "kind")))
            .flatten()
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        if !ok() {
            return;
        }
        let (step, _) = draft.get_untracked();
        let cmd = Command::Put {
            entity: Entity::Step(step),
            at: None,
        };
        let ok = (t().supervision.step_recorded_ok)(kind).to_string();
        send_then(state, cmd, Some(refused), ok, Some(&|| on_done.run(())));
    };
    let prefix = format!("sf-{}", kind.key());
    let note_label = Signal::derive(move || {
        let s = t().supervision;
        if kind == StepKind::CompletionReported {
            s.field_evidence
        } else {
            s.field_note
        }
        .to_string()
    });
    view! {
        <form data-opened="" class="card step-form" on:submit=on_submit novalidate>
            <h3>{move || (t().supervision.step_action)(kind)}</h3>
            <Shown when=move || tried.get() && !ok()>
                <p class="form-error" role="alert">
                    {move || kind_error().unwrap_or_else(|| t().form_has_errors.to_string())}
                </p>
            </Shown>
            <div class="grid">
                <TextField id=format!("{prefix}-date") label=label(|t| t.supervision.field_date) value=date
                    kind="date" error=date_error required=true />
                <TextField id=format!("{prefix}-by") label=label(|t| t.supervision.field_by) value=by
                    error=by_error />
            </div>
            <div class="grid wide">
                {(kind == StepKind::Returned).then(|| view! {
                    <TextField id=format!("{prefix}-reasons") label=label(|t| t.supervision.field_reasons)
                        value=reasons kind="textarea" error=reasons_error required=true />
                })}
                <TextField id=format!("{prefix}-note") label=note_label value=note kind="textarea"
                    error=note_error required={kind == StepKind::CompletionReported} />
            </div>
            <div class="form-actions">
                <button type="submit" class="primary">{move || (t().supervision.step_action)(kind)}</button>
                <button type="button" on:click=move |_| on_done.run(())>{tr(|t| t.cancel)}</button>
            </div>
        </form>
    }
}

/// An item's notices: each with its level, dates and how its reply stands
/// in words; issue a new one, record a reply, print one.
#[component]
pub fn Notices(id: Id) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let issuing = RwSignal::new(false);
    let replying = RwSignal::new(None::<Id>);
    // The list: one piece of escaped HTML from the core, drawn again when
    // the plan, the language, the day or the reply form changes; one click
    // handler for its buttons and links.
    let host = NodeRef::<leptos::html::Div>::new();
    {
        let id = id.clone();
        effect(move || {
            let Some(el) = host.get() else {
                return;
            };
            let (today, open) = (state.today.get(), replying.get());
            let mut out = String::with_capacity(2048);
            state
                .plan
                .with(|p| notices_html(&mut out, t(), p, &id, today, open.as_ref(), &search()));
            set_html(&el, &out);
        });
    }
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let reply = event_target::<web_sys::Element>(&ev)
            .closest("[data-reply]")
            .ok()
            .flatten()
            .and_then(|b| b.get_attribute("data-reply"));
        match reply {
            Some(nid) => {
                issuing.set(false);
                replying.set(Some(Id(nid)));
            }
            None => {
                follow_link(state, &ev);
            }
        }
    };
    let reply_form = move || {
        replying.get().map(|nid| {
            let sel = format!("[data-reply=\"{}\"]", nid.as_str());
            let done = move || {
                replying.set(None);
                focus_back(vec![sel.clone(), "#issue-notice".into()], "nt-title");
            };
            view! { <ReplyForm notice=nid on_done=done /> }
        })
    };
    view! {
        <section class="card notices-section" aria-labelledby="nt-title">
            <div class="section-actions">
                <h2 id="nt-title" class="section-title">{tr(|t| t.supervision.notices_title)}</h2>
                <button type="button" id="issue-notice" aria-expanded=move || issuing.get().to_string()
                    on:click=move |_| { replying.set(None); issuing.update(|x| *x = !*x); }>
                    {tr(|t| t.supervision.issue_notice)}
                </button>
            </div>
            <Shown when=move || issuing.get()>
                <NoticeForm task=id.clone() on_done=move || {
                    issuing.set(false);
                    focus_back(vec!["#issue-notice".into()], "nt-title");
                } />
            </Shown>
            <div class="notices-host" node_ref=host on:click=on_click></div>
            {dynamic(reply_form)}
        </section>
    }
}

/// Issue a notice on `task`: number and level proposed (the next number
/// of the year; the level after the item's latest unanswered notice), sent
/// to the lead unit, a reply due in a week.
#[component]
fn NoticeForm(task: Id, #[prop(into)] on_done: Callback<()>) -> impl IntoView {
    super::focus::into_opened_form();
    let state = use_state();
    let t = move || state.t();
    let today = state.today.get_untracked();
    let notice_id = super::ids::new_id("n");
    let (lead, proposed, serial, unanswered_before) = state.plan.with_untracked(|p| {
        let lead = p.task(&task).map(|x| x.lead.clone()).unwrap_or_default();
        let before = p
            .notices
            .iter()
            .rev()
            .find(|n| n.task == task && n.issued <= today && unanswered(n, today))
            .map(|n| n.number.clone());
        (
            lead,
            proposed_level(p, &task, today),
            next_serial(p, today.year()),
            before,
        )
    });
    let number = RwSignal::new((t().supervision.notice_number)(today.year(), serial));
    let level = RwSignal::new(proposed.key().to_string());
    let unit = RwSignal::new(lead.to_string());
    let issued = RwSignal::new(today.to_string());
    let asked = RwSignal::new(String::new());
    let due = RwSignal::new((today + chrono::Days::new(7)).to_string());
    let tried = RwSignal::new(false);
    let refused = RwSignal::new(Vec::<Problem>::new());
    let draft = memo(move || {
        let t = t();
        let mut msgs = Messages::default();
        let issued_on = msgs.read(t, "issued", required(read_date(&issued.get())), today);
        let due_on = msgs.read(t, "reply_due", required(read_date(&due.get())), today);
        let notice = Notice {
            level: chosen(&level.get(), NoticeLevel::Reminder),
            ..Notice::new(
                notice_id.clone(),
                number.get().trim(),
                task.clone(),
                Id(unit.get()),
                issued_on,
                asked.get().trim(),
                due_on,
            )
        };
        msgs.problems(
            state
                .plan
                .with(|p| check_entity(p, &Entity::Notice(notice.clone()))),
        );
        msgs.problems(refused.get());
        (notice, msgs)
    });
    let msgs = messages(draft);
    let ok = move || msgs.with(Messages::is_empty);
    let error = move |field: &'static str, value: RwSignal<String>| {
        shown(
            state,
            msgs,
            refused,
            field.to_string(),
            changed(value),
            tried,
        )
    };
    let units = plan_options(state, super::projects::unit_options);
    let levels = choice_options(state, |t, x: NoticeLevel| (t.supervision.level_name)(x));
    let hint = unanswered_before.map(|number| {
        Signal::derive(move || {
            let s = t().supervision;
            (s.level_hint)((s.level_name)(proposed), &number)
        })
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        if !ok() {
            return;
        }
        let (notice, _) = draft.get_untracked();
        let cmd = Command::Put {
            entity: Entity::Notice(notice),
            at: None,
        };
        let ok = t().supervision.notice_issued.to_string();
        send_then(state, cmd, Some(refused), ok, Some(&|| on_done.run(())));
    };
    let number_error = error("number", number);
    let unit_error = error("unit", unit);
    let issued_error = error("issued", issued);
    let asked_error = error("asked", asked);
    let due_error = error("reply_due", due);
    view! {
        <form data-opened="" class="card notice-form" on:submit=on_submit novalidate>
            <h3>{tr(|t| t.supervision.issue_notice)}</h3>
            <Shown when=move || tried.get() && !ok()>
                <p class="form-error" role="alert">{tr(|t| t.form_has_errors)}</p>
            </Shown>
            <div class="grid">
                <TextField id="nf-number" label=label(|t| t.supervision.field_number) value=number
                    error=number_error required=true />
                <div class="field-with-hint">
                    <SelectField id="nf-level" label=label(|t| t.supervision.field_level) value=level options=levels />
                    {hint.map(|h| view! { <p class="hint" id="nf-level-hint">{move || h.get()}</p> })}
                </div>
                <SelectField id="nf-unit" label=label(|t| t.supervision.field_unit) value=unit options=units
                    error=unit_error />
                <TextField id="nf-issued" label=label(|t| t.supervision.field_issued) value=issued kind="date"
                    error=issued_error required=true />
                <TextField id="nf-due" label=label(|t| t.supervision.field_reply_due) value=due kind="date"
                    error=due_error required=true />
            </div>
            <div class="grid wide">
                <TextField id="nf-asked" label=label(|t| t.supervision.field_asked) value=asked kind="textarea"
                    error=asked_error required=true />
            </div>
            <div class="form-actions">
                <button type="submit" class="primary">{tr(|t| t.supervision.issue_notice)}</button>
                <button type="button" on:click=move |_| on_done.run(())>{tr(|t| t.cancel)}</button>
            </div>
        </form>
    }
}

/// Record the unit's reply to `notice`: its date (today by default), text
/// and who replied; saved as the notice with its reply.
#[component]
fn ReplyForm(notice: Id, #[prop(into)] on_done: Callback<()>) -> impl IntoView {
    super::focus::into_opened_form();
    let state = use_state();
    let t = move || state.t();
    let Some(base) = state.plan.with_untracked(|p| p.notice(&notice).cloned()) else {
        return ().into_any();
    };
    let number = base.number.clone();
    let date = RwSignal::new(state.today.get_untracked().to_string());
    let text = RwSignal::new(String::new());
    let by = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let refused = RwSignal::new(Vec::<Problem>::new());
    let draft = memo(move || {
        let t = t();
        let mut msgs = Messages::default();
        let day = msgs.read(
            t,
            "reply.date",
            required(read_date(&date.get())),
            state.today.get(),
        );
        let replied = Notice {
            reply: Some(Reply {
                date: day,
                text: text.get().trim().to_string(),
                by: by.get().trim().to_string(),
            }),
            ..base.clone()
        };
        msgs.problems(
            state
                .plan
                .with(|p| check_entity(p, &Entity::Notice(replied.clone()))),
        );
        msgs.problems(refused.get());
        (replied, msgs)
    });
    let msgs = messages(draft);
    let ok = move || msgs.with(Messages::is_empty);
    let error = move |field: &'static str, value: RwSignal<String>| {
        shown(
            state,
            msgs,
            refused,
            field.to_string(),
            changed(value),
            tried,
        )
    };
    let date_error = error("reply.date", date);
    let text_error = error("reply.text", text);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        if !ok() {
            return;
        }
        let (replied, _) = draft.get_untracked();
        let cmd = Command::Put {
            entity: Entity::Notice(replied),
            at: None,
        };
        let ok = t().supervision.reply_recorded.to_string();
        send_then(state, cmd, Some(refused), ok, Some(&|| on_done.run(())));
    };
    view! {
        <form data-opened="" class="card reply-form" on:submit=on_submit novalidate>
            <h3>{move || (t().supervision.reply_title)(&number)}</h3>
            <Shown when=move || tried.get() && !ok()>
                <p class="form-error" role="alert">{tr(|t| t.form_has_errors)}</p>
            </Shown>
            <div class="grid">
                <TextField id="rf-date" label=label(|t| t.supervision.row_reply_date) value=date kind="date"
                    error=date_error required=true />
                <TextField id="rf-by" label=label(|t| t.supervision.row_reply_by) value=by />
            </div>
            <div class="grid wide">
                <TextField id="rf-text" label=label(|t| t.supervision.row_reply_text) value=text kind="textarea"
                    error=text_error required=true />
            </div>
            <div class="form-actions">
                <button type="submit" class="primary">{tr(|t| t.supervision.record_reply)}</button>
                <button type="button" on:click=move |_| on_done.run(())>{tr(|t| t.cancel)}</button>
            </div>
        </form>
    }
    .into_any()
}

/// A notice as the one-page document the office sends (督办单): printed on
/// A4 with only the document on the page.
#[component]
pub fn NoticePage(id: Id) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let found = {
        let id = id.clone();
        memo(move || state.plan.with(|p| p.notice(&id).map(|n| n.task.clone())))
    };
    // The notice as one HTML file with no script, written by the core.
    let save = {
        let id = id.clone();
        move |_| {
            let t = state.t();
            let lang = state.lang.get_untracked().tag();
            let id = id.clone();
            let page = move |css: &str| {
                state.plan.with_untracked(|p| {
                    p.notice(&id)
                        .map(|n| (notice_document(t, lang, p, n, css), notice_file_name(t, n)))
                })
            };
            save_page(
                state,
                crate::saved_sheets::NOTICE,
                page,
                t.supervision.notice_saved,
            );
        }
    };
    // The document: one piece of escaped HTML from the core.
    let host = NodeRef::<leptos::html::Div>::new();
    effect(move || {
        let Some(el) = host.get() else {
            return;
        };
        let mut out = String::with_capacity(2048);
        state.plan.with(|p| {
            if let Some(n) = p.notice(&id) {
                notice_doc_html(&mut out, t(), p, n);
            }
        });
        set_html(&el, &out);
    });
    let doc = move || match found.get() {
        None => view! {
            <h1 class="page-title">{t().supervision.print_title}</h1>
            <p class="empty">{t().supervision.notice_missing}</p>
        }
        .into_any(),
        Some(task) => view! {
            <p class="back-link nd-controls">
                <RouteLink route=Route::Task(task)>{t().supervision.back_to_item}</RouteLink>
                " "
                <span class="nd-buttons">
                    <button type="button" on:click=move |_| { let _ = window().print(); }>
                        {t().supervision.print_button}
                    </button>
                    <button type="button" class="primary" title=t().supervision.save_notice_hint
                        on:click=save.clone()>{t().report.save_html}</button>
                </span>
            </p>
        }
        .into_any(),
    };
    view! { <div class="notice-page">{dynamic(doc)}<div node_ref=host></div></div> }
}

/// The facts line of an item's source, for the task page; `None` for a
/// task of the plan itself.
pub(crate) fn source_fact(
    t: &'static crate::i18n::Catalog,
    source: SourceKind,
    reference: &str,
    date: Option<Date>,
) -> Option<String> {
    (source != SourceKind::Plan)
        .then(|| (t.supervision.source_fact)((t.supervision.source_name)(source), reference, date))
}

/// Up to this many items skipped are listed open; more are folded.
const SKIPPED_OPEN: usize = 10;

/// Notices to many items at once (from the red list or a filtered table):
/// one to each item's lead unit with the same level, request and dates,
/// numbered in turn, sent as one batch (one undo takes them all back). The
/// items skipped, as the core's rule says ([`bulk_targets`]), are named
/// before anything is issued.
///
/// `count` is how many `tasks` holds: the button shows it, and the items
/// themselves are read only once the form is open (a filtered table's
/// matching items change with every click).
#[component]
pub fn BulkNotices(tasks: Memo<Vec<Id>>, count: Signal<usize>) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let open = RwSignal::new(false);
    let today = state.today.get_untracked();
    let level = RwSignal::new(NoticeLevel::Reminder.key().to_string());
    let issued = RwSignal::new(today.to_string());
    let asked = RwSignal::new(String::new());
    let due = RwSignal::new((today + chrono::Days::new(7)).to_string());
    let tried = RwSignal::new(false);
    let draft = memo(move || {
        let t = t();
        let mut msgs = Messages::default();
        let issued_on = msgs.read(t, "issued", required(read_date(&issued.get())), today);
        let due_on = msgs.read(t, "reply_due", required(read_date(&due.get())), today);
        let notice = BulkNotice {
            level: chosen(&level.get(), NoticeLevel::Reminder),
            issued: issued_on,
            asked: asked.get().trim().to_string(),
            reply_due: due_on,
        };
        // The request and dates checked on a probe notice to the first item.
        let targets = state.plan.with(|p| {
            let (to, skipped) = tasks.with(|ts| bulk_targets(p, ts, notice.level, issued_on));
            if let Some(task) = to.first().and_then(|id| p.task(id)) {
                let probe = Notice::new(
                    Id::new("probe"),
                    "probe",
                    task.id.clone(),
                    task.lead.clone(),
                    issued_on,
                    notice.asked.clone(),
                    due_on,
                );
                msgs.problems_at(
                    check_entity(p, &Entity::Notice(probe)),
                    &["issued", "asked", "reply_due"],
                );
            }
            let skipped: Vec<(String, Skipped)> = skipped
                .into_iter()
                .map(|s| {
                    (
                        p.task(&s.task).map(|x| x.title.clone()).unwrap_or_default(),
                        s,
                    )
                })
                .collect();
            (to, skipped)
        });
        ((notice, targets), msgs)
    });
    let msgs = messages(draft);
    let none_refused = RwSignal::new(Vec::<Problem>::new());
    let error = move |field: &'static str, value: RwSignal<String>| {
        shown(
            state,
            msgs,
            none_refused,
            field.to_string(),
            changed(value),
            tried,
        )
    };
    // How many the notice reaches and how many it skips.
    let reach = move || draft.with(|((_, (to, skipped)), _)| (to.len(), skipped.len()));
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let ((notice, (to, _)), msgs) = draft.get_untracked();
        if !msgs.is_empty() || to.is_empty() {
            return;
        }
        let s = t().supervision;
        let cmd = state.plan.with_untracked(|p| {
            bulk_command(p, &to, &notice, s.notice_number, || super::ids::new_id("n"))
        });
        let ok = (s.bulk_issued)(to.len());
        send_then(state, cmd, None, ok, Some(&|| open.set(false)));
    };
    let levels = choice_options(state, |t, x: NoticeLevel| (t.supervision.level_name)(x));
    let skipped = move || {
        let s = t().supervision;
        draft.with(|((_, (_, skipped)), _)| {
            skipped
                .iter()
                .map(|(title, k)| {
                    view! { <li>{(s.bulk_skipped)(title, &k.number, (s.level_name)(k.level))}</li> }
                })
                .collect_view()
        })
    };
    view! {
        <div class="bulk-notices">
            // Nothing to send notices to: no button (an open form stays).
            <Shown when=move || count.get() != 0 || open.get()>
                <button type="button" aria-expanded=move || open.get().to_string()
                    disabled=move || count.get() == 0
                    on:click=move |_| open.update(|o| *o = !*o)>
                    {move || (t().supervision.bulk_open)(count.get())}
                </button>
            </Shown>
            <Shown when=move || open.get()>
                <form class="card notice-form bulk-notice-form" on:submit=on_submit novalidate>
                    <h3>{tr(|t| t.supervision.bulk_title)}</h3>
                    <p class="hint">{tr(|t| t.supervision.bulk_intro)}</p>
                    <Shown when=move || tried.get() && !msgs.with(Messages::is_empty)>
                        <p class="form-error" role="alert">{tr(|t| t.form_has_errors)}</p>
                    </Shown>
                    <div class="grid">
                        <SelectField id="bn-level" label=label(|t| t.supervision.field_level) value=level
                            options=levels />
                        <TextField id="bn-issued" label=label(|t| t.supervision.field_issued) value=issued
                            kind="date" error=error("issued", issued) required=true />
                        <TextField id="bn-due" label=label(|t| t.supervision.field_reply_due) value=due
                            kind="date" error=error("reply_due", due) required=true />
                    </div>
                    <div class="grid wide">
                        <TextField id="bn-asked" label=label(|t| t.supervision.field_asked) value=asked
                            kind="textarea" error=error("asked", asked) required=true />
                    </div>
                    <p class="bulk-reach" aria-live="polite">
                        {move || { let (n, m) = reach(); (t().supervision.bulk_reach)(n, m) }}
                    </p>
                    // Folded when long: a province's round skips hundreds,
                    // which would push the Issue button far down the page.
                    <Shown when=move || { reach().1 > 0 }>
                        <details class="bulk-skipped-list" open=move || reach().1 <= SKIPPED_OPEN>
                            <summary>{move || (t().supervision.bulk_skipped_title)(reach().1)}</summary>
                            <ul class="bulk-skipped">{skipped}</ul>
                        </details>
                    </Shown>
                    <div class="form-actions">
                        <button type="submit" class="primary" disabled=move || reach().0 == 0>
                            {move || (t().supervision.bulk_issue)(reach().0)}
                        </button>
                        <button type="button" on:click=move |_| open.set(false)>{tr(|t| t.cancel)}</button>
                    </div>
                </form>
            </Shown>
        </div>
    }
}
