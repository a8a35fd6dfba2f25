//! What every form and action button shares: sending a command and saying
//! how it went.

use super::state::AppState;
use crate::command::{Command, CommandError};
use crate::model::FilesIn;
use crate::validate::Entity;
use crate::validate::Problem;
use leptos::prelude::*;

/// Send `cmd`; on success say `ok`, on a rule broken keep the problems for
/// the fields, on any other refusal say why. True when it was applied.
pub(crate) fn send(
    state: AppState,
    cmd: Command,
    refused: Option<RwSignal<Vec<Problem>>>,
    ok: impl Into<String>,
) -> bool {
    send_then(state, cmd, refused, ok.into(), None)
}

/// [`send`], running `then` once the command is applied and before `ok` is
/// said: a step that moves elsewhere (closing the form, going to another
/// page, which clears the notices) comes first, so the notice stays.
///
/// With `refused`, a broken rule's problems go there for the form to show
/// beside its fields (and nothing else is said); without it, or for any
/// other refusal, the reason is shown as an error.
pub(crate) fn send_then(
    state: AppState,
    cmd: Command,
    refused: Option<RwSignal<Vec<Problem>>>,
    ok: String,
    then: Option<&dyn Fn()>,
) -> bool {
    told(state, state.dispatch(cmd), refused, ok, then)
}

/// [`send`] for a change whose items came in files: the history entry
/// names them.
pub(crate) fn send_from(state: AppState, cmd: Command, files: FilesIn, ok: String) -> bool {
    told(state, state.dispatch_from(cmd, Some(files)), None, ok, None)
}

/// Say how a command went, as [`send_then`] describes.
fn told(
    state: AppState,
    sent: Result<(), CommandError>,
    refused: Option<RwSignal<Vec<Problem>>>,
    ok: String,
    then: Option<&dyn Fn()>,
) -> bool {
    match sent {
        Ok(()) => {
            if let Some(r) = refused {
                r.set(Vec::new());
            }
            if let Some(then) = then {
                then();
            }
            state.info(ok);
            true
        }
        Err(CommandError::Invalid(ps)) if refused.is_some() => {
            if let Some(r) = refused {
                r.set(ps);
            }
            false
        }
        Err(e) => {
            state.error(state.t().command_error(&e), Vec::new());
            false
        }
    }
}

/// The save of a form that adds or edits one entity: `entity` is what the
/// form built, or `None` while it has something to say beside its fields;
/// `opened`, the entity as the form opened it (`None` for a new one). A new
/// entity is put; an edited one is saved as the fields the form changed
/// ([`edit_of`]). Then the form is closed (`on_done`) and `ok` said; a
/// broken rule's problems go to `refused`, beside the fields.
pub(crate) fn put_entity(
    state: AppState,
    opened: Option<Entity>,
    entity: Option<Entity>,
    refused: RwSignal<Vec<Problem>>,
    ok: &str,
    on_done: Callback<()>,
) {
    if let Some(entity) = entity {
        let cmd = edit_of(opened, entity);
        send_then(
            state,
            cmd,
            Some(refused),
            ok.to_string(),
            Some(&|| on_done.run(())),
        );
    }
}

/// The command that saves a form: `entity` put when it is new (`opened`
/// is `None`), else the fields the form changed from `opened` set on the
/// entity as it is when the command applies, so another tab's change to
/// other fields since the form opened is kept ([`Command::Edit`]).
pub(crate) fn edit_of(opened: Option<Entity>, entity: Entity) -> Command {
    match opened {
        Some(before) => Command::Edit {
            before,
            after: entity,
        },
        None => Command::Put { entity, at: None },
    }
}
