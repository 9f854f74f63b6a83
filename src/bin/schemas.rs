//! `make schemas`: writes the content files' JSON Schemas to `schemas/` and maps each content
//! file to its schema in `.vscode/settings.json`, keeping that file's other settings.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::io::Result<()> {
    use massage_guide::content::schema::{editor_settings, render, FILES};

    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(root.join("schemas"))?;
    for file in &FILES {
        std::fs::write(root.join("schemas").join(file.name), render(file))?;
        println!("wrote schemas/{}", file.name);
    }
    let path = root.join(".vscode/settings.json");
    let mut settings: serde_json::Value = std::fs::read_to_string(&path)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_else(|| serde_json::json!({}));
    settings["json.schemas"] = editor_settings();
    std::fs::create_dir_all(root.join(".vscode"))?;
    let mut text = serde_json::to_string_pretty(&settings).expect("settings are JSON");
    text.push('\n');
    std::fs::write(&path, text)?;
    println!("wrote .vscode/settings.json");
    Ok(())
}

/// A build tool: nothing to do in the browser.
#[cfg(target_arch = "wasm32")]
fn main() {}
