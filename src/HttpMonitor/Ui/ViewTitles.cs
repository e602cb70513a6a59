using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace HttpMonitor.Ui;

/// <summary>The titles of the window's panels.</summary>
internal static class ViewTitles
{
    /// <summary>Sets a title only when it changed: every change costs a layout and a draw of the frame.</summary>
    public static void Set(View view, string title)
    {
        if (view.Title != title)
        {
            view.Title = title;
        }
    }

    /// <summary>A title on a single top line instead of a full frame: the rows are worth more.</summary>
    public static T OnTopLine<T>(T view)
        where T : View
    {
        view.BorderStyle = LineStyle.Single;
        view.Border!.Thickness = new Thickness(0, 1, 0, 0);
        return view;
    }
}
