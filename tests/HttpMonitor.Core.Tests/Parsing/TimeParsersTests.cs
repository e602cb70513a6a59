using System.Text;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Tests.Parsing;

/// <summary>The time formats logs use besides CLF: ISO 8601 with an offset, epoch seconds, W3C's date and time.</summary>
public sealed class TimeParsersTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 6, 42, 45, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-11-30T06:42:45Z", 0)]
    [InlineData("2026-11-30T06:42:45.999999999Z", 0)]  // a fraction is truncated
    [InlineData("2026-11-30T07:42:45+01:00", 60)]
    [InlineData("2026-11-30T07:42:45.5+0100", 60)]
    [InlineData("2026-11-30T01:12:45-05:30", -330)]
    [InlineData("2026-11-30t06:42:45z", 0)]
    public void Iso_WithOffsetOrZ_IsTheInstantInItsOwnOffset(string text, int offsetMinutes)
    {
        Assert.True(IsoTimestamp.TryParse(Encoding.ASCII.GetBytes(text), out var instant));
        Assert.Equal((At, TimeSpan.FromMinutes(offsetMinutes)), (instant, instant.Offset));
    }

    [Theory]
    [InlineData("2026-11-30T06:42:45")]        // no offset: not an instant
    [InlineData("2026-11-30 06:42:45Z")]       // no 'T'
    [InlineData("2026-02-30T06:42:45Z")]       // no such day
    [InlineData("2026-11-30T24:00:00Z")]
    [InlineData("2026-11-30T06:42:45.Z")]      // a '.' without digits
    [InlineData("2026-11-30T06:42:45+1:00")]
    [InlineData("9999-12-31T00:00:00Z")]       // the last day of year 9999 is not counted, as in CLF
    [InlineData("")]
    public void Iso_Malformed_IsRefused(string text)
    {
        Assert.False(IsoTimestamp.TryParse(Encoding.ASCII.GetBytes(text), out _));
    }

    [Theory]
    [InlineData("1796020965")]
    [InlineData("1796020965.999")]
    public void Epoch_WithOrWithoutFraction_IsItsWholeSecond(string text)
    {
        Assert.True(EpochTimestamp.TryParse(Encoding.ASCII.GetBytes(text), out var instant));
        Assert.Equal(At, instant);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1.7e9")]
    [InlineData("253402214400")] // 9999-12-31
    [InlineData("")]
    public void Epoch_Malformed_IsRefused(string text)
    {
        Assert.False(EpochTimestamp.TryParse(Encoding.ASCII.GetBytes(text), out _));
    }

    [Theory]
    [InlineData("2026-11-30", "06:42:45")]
    [InlineData("2026-11-30", "06:42:45.123")]
    public void W3c_DateAndTime_AreUtc(string date, string time)
    {
        Assert.True(IsoTimestamp.TryParseUtc(Encoding.ASCII.GetBytes(date), Encoding.ASCII.GetBytes(time), out var instant));
        Assert.Equal((At, TimeSpan.Zero), (instant, instant.Offset));
    }
}
