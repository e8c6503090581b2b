import Templating

/// libFuzzer entry: the input is template text. It is compiled under each output format,
/// rendered (lenient and strict) with fixed data and a small template root that holds the
/// input itself, so partials, parents and recursion through them are reached, and checked
/// against the same data as a model. Any error is fine; a trap or a stack overflow is the bug.
func fuzzEngine(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let start else { return 0 }
  let source = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
  for name in ["fuzz.html.mustache", "fuzz.md.mustache", "fuzz.txt.mustache"] {
    guard let template = try? Template(source, name: name) else { continue }
    var root = partials
    root.insert(template)
    _ = try? template.render(data, partials: root)
    _ = try? template.render(data, partials: root, options: .strict)
    _ = template.check(against: data, partials: root)
  }
  return 0
}

/// Data with every kind of value, lists nested in objects and the names the partials use.
private let data: TemplateValue = {
  var item = TemplateObject()
  item["naam"] = .string("<b>Jansen & Zn</b>\n# kop")
  item["aantal"] = .number(TemplateNumber(Int64(3)))
  item["actief"] = .bool(true)
  item["leeg"] = .null
  var root = TemplateObject()
  root["a"] = .bool(true)
  root["b"] = .string("*b*")
  root["x"] = .object(item)
  root["lijst"] = .list([.object(item), .string("twee"), .number(TemplateNumber(2.5)), .list([])])
  root["naam"] = .string("fuzz")
  root["partial"] = .string("fuzz")
  root["nul"] = .number(TemplateNumber(Int64(0)))
  root["tekst"] = .string("regel 1\r\nregel 2\n")
  return .object(root)
}()

/// Partials and parents the input may name besides itself (`fuzz`): one that includes the
/// input back (mutual recursion), a layout with blocks, and one that is plain text.
private let partials: TemplateSet = {
  let sources = [
    "terug.mustache": "{{#lijst}}{{>fuzz}}{{/lijst}}",
    "layout.mustache": "<h1>{{$titel}}standaard{{/titel}}</h1>\n  {{$inhoud}}{{/inhoud}}\n",
    "tekst.mustache": "{{naam}}\n",
  ]
  return (try? TemplateSet(sources: sources)) ?? TemplateSet()
}()
