package checks

import "strconv"

// isSizeRun reports whether a run of digits that looks like a phone number
// is a list of sizes or lengths ("48 50 52 54 56 58", "16/18/20"): three or
// more numbers of at most three digits, none written with a leading zero,
// rising by one constant step of at most ten. Phone numbers are not
// evenly spaced ("06 12 34 56 78").
func isSizeRun(s string) bool {
	var nums []int
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j-i > 3 || (s[i] == '0' && j-i > 1) {
			return false
		}
		n, _ := strconv.Atoi(s[i:j])
		nums = append(nums, n)
		i = j
	}
	if len(nums) < 3 {
		return false
	}
	step := nums[1] - nums[0]
	if step <= 0 || step > 10 {
		return false
	}
	for k := 2; k < len(nums); k++ {
		if nums[k]-nums[k-1] != step {
			return false
		}
	}
	return true
}
