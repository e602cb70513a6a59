namespace HttpMonitor.Ui;

/// <summary>
/// One column of the sections table. A number is never cut: when the width is short, whole
/// columns are dropped, those of the lowest <see cref="Keep"/> first (columns of equal
/// <see cref="Keep"/> go together, like a document and its size). A path is shortened in the
/// middle, down to <see cref="MinWidth"/>, before any column is dropped.
/// </summary>
/// <param name="Header">The column's name in the header row.</param>
/// <param name="Cell">The row's formatted cell.</param>
/// <param name="Keep">How long the column stays as the table narrows: higher stays longer; <see cref="int.MaxValue"/> never goes.</param>
/// <param name="IsPath">Left-aligned text shortened with "…", rather than a right-aligned number.</param>
/// <param name="MinWidth">The narrowest a path is shortened to; numbers are always as wide as their widest cell.</param>
internal sealed record SectionColumn(string Header, Func<SectionRow, string> Cell, int Keep, bool IsPath = false, int MinWidth = 0);
