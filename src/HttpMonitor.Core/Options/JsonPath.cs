namespace HttpMonitor.Core.Options;

/// <summary>The steps of a path as <see cref="System.Text.Json.JsonException.Path"/> writes it: <c>$.headers['Bad Name'][2]</c>.</summary>
internal static class JsonPath
{
    /// <summary>Property names as strings, array indices as ints; what cannot be read ends the steps.</summary>
    public static IEnumerable<object> Segments(string path)
    {
        int i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                yield return path[(i + 1)..end];
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                int end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    yield break;
                }

                yield return path[(i + 2)..end];
                i = end + 2;
            }
            else if (path[i] == '[' && path.IndexOf(']', i) is var end and > 0 && int.TryParse(path.AsSpan(i + 1, end - i - 1), out int index))
            {
                yield return index;
                i = end + 1;
            }
            else
            {
                yield break;
            }
        }
    }
}
