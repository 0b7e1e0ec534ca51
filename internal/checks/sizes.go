package checks

import (
	"math"
	"strconv"
	"strings"
)

// isSizeRun reports whether a run of digits that looks like a phone number
// is a list of sizes or lengths ("48 50 52 54 56 58", "16/18/20", "6 6.5 7
// 7.5 8"): three or more numbers of at most three digits (a decimal part
// allowed), none written with a leading zero, rising by one constant step
// of at most ten. Phone numbers are not evenly spaced ("06 12 34 56 78").
func isSizeRun(s string) bool {
	var nums []float64
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
		// "6.5" is one size; "6. 5" or "6 5" are two numbers.
		if j+1 < len(s) && (s[j] == '.' || s[j] == ',') && s[j+1] >= '0' && s[j+1] <= '9' {
			k := j + 1
			for k < len(s) && s[k] >= '0' && s[k] <= '9' {
				k++
			}
			j = k
		}
		n, err := strconv.ParseFloat(strings.Replace(s[i:j], ",", ".", 1), 64)
		if err != nil {
			return false
		}
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
		if math.Abs(nums[k]-nums[k-1]-step) > 1e-9 {
			return false
		}
	}
	return true
}
