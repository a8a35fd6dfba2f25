//! Files in and out: download a text as a file, read a picked file, read
//! one of the site's own files. Nothing leaves the browser: downloads use a
//! `blob:` URL made and revoked on the spot, and the only request is for a
//! file of the site itself ([`site_text`]).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What the browser said went wrong, as the technical detail under an
/// error: an exception's name and message (`QuotaExceededError: …`), an
/// error's message, or the value itself when it is text.
pub fn js_message(e: wasm_bindgen::JsValue) -> String {
    if let Some(d) = e.dyn_ref::<web_sys::DomException>() {
        format!("{}: {}", d.name(), d.message())
    } else if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        String::from(err.message())
    } else {
        // Any other value as JSON (the release build formats no `Debug`).
        e.as_string()
            .or_else(|| js_sys::JSON::stringify(&e).ok().and_then(|s| s.as_string()))
            .unwrap_or_default()
    }
}

/// Offer `text` to the user as a download named `name`.
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(js_message)?;
    download_blob(name, &blob)
}

/// Offer `bytes` to the user as a download named `name`.
pub fn download_bytes(name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts).map_err(js_message)?;
    download_blob(name, &blob)
}

fn download_blob(name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(js_message)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(js_message)?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url).map_err(js_message)?;
    Ok(())
}

/// The size of a picked file, in bytes, without reading it.
pub fn size(file: &web_sys::File) -> u64 {
    file.size() as u64
}

/// Read a picked file's bytes (the import gate decodes them).
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(js_message)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Decode GB18030 (and so GBK) bytes with the browser's own
/// `TextDecoder`, refusing malformed ones (`fatal`): `None` when the bytes
/// are not GB18030 or the browser cannot decode it. The decoding tables are
/// the browser's, so they add nothing to the bundle.
pub fn gb18030(bytes: &[u8]) -> Option<String> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(true);
    let decoder = web_sys::TextDecoder::new_with_label_and_options("gb18030", &options).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}

/// Read a picked file as UTF-8 text.
pub async fn read_text(file: &web_sys::File) -> Result<String, String> {
    let text = JsFuture::from(file.text()).await.map_err(js_message)?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

/// The text of the site's own file `name` (a path relative to the page):
/// from the page's data block of that id when the page carries one (the
/// one-file app, opened from disk, where nothing can be fetched), else
/// fetched from the page's own origin (the service worker answers offline).
pub async fn site_text(name: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    if let Some(block) = window.document().and_then(|d| d.get_element_by_id(name)) {
        return Ok(block.text_content().unwrap_or_default());
    }
    let failed = |e: wasm_bindgen::JsValue| format!("{name}: {}", js_message(e));
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(name))
        .await
        .map_err(failed)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("{name}: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    text.as_string().ok_or_else(|| format!("{name}: not text"))
}
