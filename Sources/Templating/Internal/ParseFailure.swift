/// A parse error before it knows its template's name and line: a byte offset and a reason.
struct ParseFailure: Error, Sendable {
  var offset: Int
  var reason: TemplateError.Reason
}
