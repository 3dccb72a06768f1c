using TencentChat.Admin.Client.Batching;

namespace TencentChat.Admin.Tests.Batching;

public class KeyedBatcherTests
{
    private static List<string> Requests(IEnumerable<(string Key, int Item)> input, int max = 300)
    {
        var sent = new List<string>();
        var batcher = KeyedBatcher<string, int>.Requests(max, b => sent.Add($"{b.Key}:{string.Join(",", b.Items)}"));
        foreach (var (key, item) in input)
            batcher.Add(key, new[] { item });
        batcher.Flush();
        return sent;
    }

    [Theory]
    [InlineData(1, new[] { 1 })]
    [InlineData(300, new[] { 300 })]
    [InlineData(301, new[] { 300, 1 })]
    [InlineData(900, new[] { 300, 300, 300 })]
    public void One_key_is_cut_into_requests_of_at_most_the_limit_in_input_order(int count, int[] sizes)
    {
        var sent = new List<KeyedBatch<string, int>>();
        var batcher = KeyedBatcher<string, int>.Requests(300, sent.Add);
        batcher.Add("u", Enumerable.Range(0, count));
        Assert.Equal(sizes.Length - (count % 300 == 0 ? 0 : 1), sent.Count); // full batches leave before the flush
        batcher.Flush();
        Assert.Equal(sizes, sent.Select(b => b.Items.Count));
        Assert.Equal(Enumerable.Range(0, count), sent.SelectMany(b => b.Items));
    }

    [Fact]
    public void Interleaved_keys_still_make_as_few_requests_as_possible()
    {
        var input = Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? "a" : "b", i));
        Assert.Equal(new[] { "a:0,2,4", "b:1,3,5", "a:6,8", "b:7,9" }, Requests(input, max: 3));
    }

    [Fact]
    public void A_key_that_filled_its_batch_queues_again_behind_the_keys_still_waiting()
    {
        Assert.Equal(new[] { "a:0,1", "b:2", "a:3" }, Requests(new[] { ("a", 0), ("a", 1), ("b", 2), ("a", 3) }, max: 2));
    }

    [Fact]
    public void Requests_send_nothing_for_a_key_without_items_but_PerKey_sends_it_empty()
    {
        var requests = new List<string>();
        var perKey = new List<string>();
        var request = KeyedBatcher<string, int>.Requests(100, b => requests.Add(b.Key));
        var collect = KeyedBatcher<string, int>.PerKey(b => perKey.Add($"{b.Key}:{b.Items.Count}"));
        foreach (var batcher in new[] { request, collect })
        {
            batcher.Add("empty", Array.Empty<int>());
            batcher.Add("full", Enumerable.Range(0, 250));
            batcher.Add("empty", Array.Empty<int>());
            batcher.Flush();
        }
        Assert.Equal(new[] { "full", "full", "full" }, requests);
        Assert.Equal(new[] { "empty:0", "full:250" }, perKey);
    }

    [Fact]
    public void Composite_keys_keep_their_first_appearance_order()
    {
        var sent = new List<string>();
        var batcher = KeyedBatcher<(string Account, string Group), int>.Requests(100, b => sent.Add($"{b.Key.Account}/{b.Key.Group}:{b.Items.Count}"));
        batcher.Add(("a", "g1"), new[] { 1 });
        batcher.Add(("b", "g2"), new[] { 2 });
        batcher.Add(("a", "g1"), new[] { 3 });
        batcher.Add(("b", "g1"), new[] { 4 });
        batcher.Flush();
        Assert.Equal(new[] { "a/g1:2", "b/g2:1", "b/g1:1" }, sent);
    }
}
