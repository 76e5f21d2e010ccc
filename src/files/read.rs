//! Reading the files the user chose or dropped: every import of every app comes through
//! here, so a file that cannot be read is told the same way everywhere.

use wasm_bindgen::JsCast;

/// A chosen file's name as the messages quote it: the device gives it, so a direction mark
/// in it could reverse the sentence around it (`kiemdiem_core::chars::shown`).
pub fn name_of(f: &web_sys::File) -> String {
    kiemdiem_core::chars::shown(&f.name())
}

/// Reads a file the user chose, as bytes; the error is a Vietnamese sentence naming it.
pub async fn read_chosen_file(f: web_sys::File) -> Result<Vec<u8>, String> {
    match wasm_bindgen_futures::JsFuture::from(f.array_buffer()).await {
        Ok(buf) => Ok(js_sys::Uint8Array::new(&buf).to_vec()),
        Err(_) => Err(format!("Không đọc được tệp \"{}\" từ máy. Hãy chọn lại tệp.", name_of(&f))),
    }
}

/// Reads one chunk of files (the cell's and the committee's imports): as one blob made of
/// them all, cut back at each file's size, since the browser's cost is per read, not per
/// byte (50 files: 10 ms fewer). When that read fails (a file moved or changed since it was
/// chosen), each file is read on its own, so that only the unreadable ones are refused.
pub async fn read_all(files: &[web_sys::File]) -> Vec<Result<Vec<u8>, String>> {
    match read_joined(files).await {
        Some(all) => all.into_iter().map(Ok).collect(),
        None => read_each(files).await,
    }
}

async fn read_joined(files: &[web_sys::File]) -> Option<Vec<Vec<u8>>> {
    let parts: js_sys::Array = files.iter().collect();
    let joined = web_sys::Blob::new_with_blob_sequence(&parts).ok()?;
    let buffer = wasm_bindgen_futures::JsFuture::from(joined.array_buffer()).await.ok()?;
    let buffer: js_sys::ArrayBuffer = buffer.dyn_into().ok()?;
    // Each file is copied into the wasm from its own slice of the buffer, so the wasm never
    // holds the whole chunk twice.
    let mut offset = 0u32;
    let mut out = Vec::with_capacity(files.len());
    for f in files {
        let len = u32::try_from(f.size() as u64).ok()?;
        let end = offset.checked_add(len).filter(|end| *end <= buffer.byte_length())?;
        out.push(js_sys::Uint8Array::new_with_byte_offset_and_length(&buffer, offset, len).to_vec());
        offset = end;
    }
    (offset == buffer.byte_length()).then_some(out)
}

async fn read_each(files: &[web_sys::File]) -> Vec<Result<Vec<u8>, String>> {
    let promises = js_sys::Array::new();
    for f in files {
        promises.push(&f.array_buffer());
    }
    let settled = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::all_settled(&promises)).await;
    let Ok(settled) = settled.map(|v| v.unchecked_into::<js_sys::Array>()) else {
        return files
            .iter()
            .map(|f| Err(format!("Không đọc được tệp \"{}\" từ máy. Hãy chọn lại tệp.", name_of(f))))
            .collect();
    };
    files
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let entry = settled.get(i as u32);
            let value = js_sys::Reflect::get(&entry, &"value".into())
                .ok()
                .filter(|v| v.is_instance_of::<js_sys::ArrayBuffer>());
            value
                .map(|buf| js_sys::Uint8Array::new(&buf).to_vec())
                .ok_or_else(|| format!("Không đọc được tệp \"{}\" từ máy. Hãy chọn lại tệp.", name_of(f)))
        })
        .collect()
}
