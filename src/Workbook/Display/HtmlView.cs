namespace Workbook.Display;

/// <summary>
/// A piece of HTML that a family's display wrote, shown as it is: in a notebook as one HTML output, in the site inline.
/// It carries its own styles and script, escapes everything it shows from the corpus, and needs no network.
/// </summary>
/// <param name="Name">What kind of view it is (e.g. "argument-reader"); saved with the output, so the site can find it.</param>
/// <param name="Html">The HTML element.</param>
/// <param name="PlainText">One line for plain-text displays.</param>
public sealed record HtmlView(string Name, string Html, string PlainText);
