using TencentChat.Admin.Client.Batching;

namespace TencentChat.Admin.Tests.Batching;

public class AccountBatcherTests
{
    private static List<(string Account, int[] Items)> Run(IEnumerable<(string Account, int Item)> input, int max = 300)
    {
        var batcher = new AccountBatcher<int>(max);
        var batches = new List<(string, int[])>();
        foreach (var (account, item) in input)
            if (batcher.Add(account, item) is { } full) batches.Add((full.Account, full.Items.ToArray()));
        batches.AddRange(batcher.Drain().Select(b => (b.Account, b.Items.ToArray())));
        return batches;
    }

    [Theory]
    [InlineData(1, new[] { 1 })]
    [InlineData(300, new[] { 300 })]
    [InlineData(301, new[] { 300, 1 })]
    [InlineData(900, new[] { 300, 300, 300 })]
    public void One_account_is_cut_into_requests_of_at_most_300(int count, int[] sizes)
    {
        var batches = Run(Enumerable.Range(0, count).Select(i => ("u", i)));
        Assert.Equal(sizes, batches.Select(b => b.Items.Length));
        Assert.Equal(Enumerable.Range(0, count), batches.SelectMany(b => b.Items)); // input order kept
    }

    [Fact]
    public void Interleaved_accounts_still_make_as_few_requests_as_possible()
    {
        var input = Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? "a" : "b", i));
        var batches = Run(input, max: 3);
        Assert.Equal(new[] { ("a", new[] { 0, 2, 4 }), ("b", new[] { 1, 3, 5 }), ("a", new[] { 6, 8 }), ("b", new[] { 7, 9 }) }.Select(b => $"{b.Item1}:{string.Join(",", b.Item2)}"),
            batches.Select(b => $"{b.Account}:{string.Join(",", b.Items)}"));
    }
}
