//! The camera, for reading the QR codes members hold up: `getUserMedia` into a video
//! element, and each frame read by the browser's `BarcodeDetector` where it has one, or
//! by the decoder fetched on demand (`split::read_qr_codes`) where it does not.

use wasm_bindgen::{JsCast, JsValue};

use crate::web::js::{call as call_js, get, set};
use wasm_bindgen_futures::JsFuture;

/// Why the camera does not start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CameraError {
    /// The user or a policy said no (also: a frame without `allow="camera"`).
    Denied,
    /// There is no camera, or it is in use elsewhere.
    Missing,
    /// The browser has no camera access at all (an old browser, or a page that is not
    /// served over https).
    Unsupported,
}

impl CameraError {
    /// What happened and what to do, in Dutch.
    pub fn message(self) -> &'static str {
        match self {
            CameraError::Denied => tr!(
                "De camera mag niet worden gebruikt. Geef deze pagina toestemming voor de camera (meestal via het slotje of camera-icoon in de adresbalk), of plak de links van de deelnemers hierboven.",
                "The camera may not be used. Give this page permission to use the camera (usually via the padlock or camera icon in the address bar), or paste the participants' links above."
            ),
            CameraError::Missing => tr!(
                "Er is geen camera gevonden, of hij is in gebruik door een ander programma. Sluit dat programma, of plak de links van de deelnemers hierboven.",
                "No camera was found, or it is in use by another program. Close that program, or paste the participants' links above."
            ),
            CameraError::Unsupported => tr!(
                "Deze browser geeft deze pagina geen toegang tot een camera (dat kan alleen via https). Plak de links van de deelnemers hierboven.",
                "This browser does not give this page access to a camera (that only works over https). Paste the participants' links above."
            ),
        }
    }
}

// Everything here goes through `web::js`, with numbers passed as text (JavaScript
// converts them): no typed binding, so nothing is added to the first download.

/// `object[name](args…)` with text arguments.
fn call(object: &JsValue, name: &str, args: &[&str]) -> Option<JsValue> {
    call_js(
        object,
        name,
        &args
            .iter()
            .map(|a| JsValue::from_str(a))
            .collect::<Vec<_>>(),
    )
}

/// Awaits a value that should be a promise.
async fn settle(value: JsValue) -> Result<JsValue, JsValue> {
    JsFuture::from(js_sys::Promise::resolve(&value)).await
}

/// The items of a JavaScript array-like, up to `limit`.
fn items(list: &JsValue, limit: usize) -> Vec<JsValue> {
    (0..limit)
        .map_while(|i| get(list, &i.to_string()))
        .collect()
}

/// The size every frame is read at: big enough for a QR code held up to the camera.
const FRAME: (usize, usize) = (640, 480);

/// Starts the camera (the one facing away from the user where there are two) in `video`.
/// Returns the stream, to [`stop`] it.
pub async fn start(video: &JsValue) -> Result<JsValue, CameraError> {
    let navigator: JsValue = web_sys::window()
        .ok_or(CameraError::Unsupported)?
        .navigator()
        .into();
    let devices = get(&navigator, "mediaDevices").ok_or(CameraError::Unsupported)?;
    let constraints = js_sys::Object::new();
    let wish = js_sys::Object::new();
    set(&wish, "facingMode", &"environment".into());
    set(&constraints, "video", &wish);
    set(&constraints, "audio", &JsValue::FALSE);
    let asked =
        call_js(&devices, "getUserMedia", &[constraints.into()]).ok_or(CameraError::Unsupported)?;
    let stream = settle(asked).await.map_err(|e| {
        match get(&e, "name").and_then(|n| n.as_string()).as_deref() {
            Some("NotAllowedError" | "SecurityError") => CameraError::Denied,
            _ => CameraError::Missing,
        }
    })?;
    set(video, "srcObject", &stream);
    set(video, "muted", &JsValue::TRUE);
    set(video, "playsInline", &JsValue::TRUE);
    if let Some(playing) = call(video, "play", &[]) {
        let _ = settle(playing).await;
    }
    Ok(stream)
}

/// Stops every track of the stream (the camera light goes off).
pub fn stop(stream: &JsValue) {
    if let Some(tracks) = call(stream, "getTracks", &[]) {
        for track in items(&tracks, 8) {
            let _ = call(&track, "stop", &[]);
        }
    }
}

/// The browser's own QR reader, where it has one.
pub fn barcode_detector() -> Option<JsValue> {
    let window: JsValue = web_sys::window()?.into();
    let class = get(&window, "BarcodeDetector")?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let options = js_sys::Object::new();
    set(&options, "formats", &js_sys::Array::of1(&"qr_code".into()));
    js_sys::Reflect::construct(&class, &js_sys::Array::of1(&options)).ok()
}

/// The texts of the QR codes in the video's current frame, read through `canvas`.
pub async fn read_frame(
    video: &JsValue,
    canvas: &JsValue,
    detector: Option<&JsValue>,
) -> Vec<String> {
    if let Some(detector) = detector {
        if let Some(found) = detect(detector, video).await {
            return found;
        }
    }
    // As text: the calls below go through `Reflect`, which takes strings as they are.
    let (width, height) = (FRAME.0.to_string(), FRAME.1.to_string());
    let (width, height) = (width.as_str(), height.as_str());
    set(canvas, "width", &width.into());
    set(canvas, "height", &height.into());
    let Some(context) = call(canvas, "getContext", &["2d"]) else {
        return Vec::new();
    };
    // The frame scaled into the canvas (a 16:9 camera is squeezed a little; a QR code
    // survives that, as it survives being held at an angle).
    let mut args = vec![video.clone()];
    args.extend(["0", "0", width, height].map(JsValue::from_str));
    if call_js(&context, "drawImage", &args).is_none() {
        return Vec::new();
    }
    let Some(pixels) = call(&context, "getImageData", &["0", "0", width, height])
        .and_then(|image| get(&image, "data"))
    else {
        return Vec::new();
    };
    let rgba = js_sys::Uint8Array::new(&get(&pixels, "buffer").unwrap_or(pixels)).to_vec();
    crate::web::split::read_qr_codes((FRAME.0, FRAME.1, rgba))
        .await
        .unwrap_or_default()
}

/// `detector.detect(video)`: the raw values, or `None` when the detector failed.
async fn detect(detector: &JsValue, video: &JsValue) -> Option<Vec<String>> {
    let found = settle(call_js(detector, "detect", std::slice::from_ref(video))?)
        .await
        .ok()?;
    Some(
        items(&found, 16)
            .iter()
            .filter_map(|code| get(code, "rawValue")?.as_string())
            .collect(),
    )
}
